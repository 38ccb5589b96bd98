#include "versions/tablechangemarks.h"

#include "itemmodels/usecasetablemodel.h"

#include <QAbstractProxyModel>
#include <QHeaderView>
#include <QHelpEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTableView>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

constexpr int markSize = 14;

} // namespace

TableChangeMarks::TableChangeMarks(QTableView *table, UseCaseTableModel *model)
    : QWidget(table->verticalHeader()->viewport())
    , mTable(table)
    , mModel(model)
    , mHeaderMinimum(table->verticalHeader()->minimumWidth())
{
    setObjectName(u"tableChangeMarks"_s);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    QWidget *header = table->verticalHeader()->viewport();
    setGeometry(header->rect());
    header->installEventFilter(this);
    // Rows move, scroll, appear and go: paint again.
    const auto repaint = [this] {
        if (!mUseCases.isEmpty())
            updateHeaderWidth(); // a row number with one more digit
        update();
    };
    connect(table->verticalScrollBar(), &QScrollBar::valueChanged, this, repaint);
    connect(table->horizontalScrollBar(), &QScrollBar::valueChanged, this, repaint);
    connect(table->model(), &QAbstractItemModel::layoutChanged, this, repaint);
    connect(table->model(), &QAbstractItemModel::modelReset, this, repaint);
    connect(table->model(), &QAbstractItemModel::rowsInserted, this, repaint);
    connect(table->model(), &QAbstractItemModel::rowsRemoved, this, repaint);
    connect(table->model(), &QAbstractItemModel::dataChanged, this, repaint);
    hide();
}

void TableChangeMarks::setMarks(const QSet<EntityRef> &useCases,
                                const QHash<EntityRef, QString> &tooltips)
{
    mUseCases = useCases;
    mToolTips = tooltips;
    updateHeaderWidth();
    setVisible(!mUseCases.isEmpty());
    raise();
    update();
}

void TableChangeMarks::updateHeaderWidth()
{
    QHeaderView *header = mTable->verticalHeader();
    if (mUseCases.isEmpty()) {
        header->setMinimumWidth(mHeaderMinimum);
        return;
    }
    // The numbers (and ▽ markers) are aligned right: the badge takes room on their left.
    header->setMinimumWidth(std::max(mHeaderMinimum, header->sizeHint().width() + markSize + 4));
}

EntityRef TableChangeMarks::refOfRow(int row) const
{
    QModelIndex index = mTable->model()->index(row, 0);
    if (auto *proxy = qobject_cast<QAbstractProxyModel *>(mTable->model()))
        index = proxy->mapToSource(index);
    if (index.model() != mModel || !index.isValid())
        return {};
    for (const EntityRef &ref : mUseCases) {
        if (ref.parent == mModel->persona() && mModel->rowOf(ref.id) == index.row())
            return ref;
    }
    return {};
}

QList<int> TableChangeMarks::markedRows() const
{
    QList<int> rows;
    if (mUseCases.isEmpty())
        return rows;
    for (int row = 0; row < mTable->model()->rowCount(); ++row) {
        if (refOfRow(row).kind == EntityKind::UseCase)
            rows << row;
    }
    return rows;
}

QRect TableChangeMarks::markRect(int row) const
{
    const QHeaderView *header = mTable->verticalHeader();
    const int top = header->sectionViewportPosition(row);
    const int height = header->sectionSize(row);
    return {2, top + (height - markSize) / 2, markSize, markSize};
}

QString TableChangeMarks::toolTipOf(int row) const
{
    return mToolTips.value(refOfRow(row));
}

void TableChangeMarks::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setPixelSize(markSize - 3);
    font.setBold(true);
    painter.setFont(font);
    for (const int row : markedRows()) {
        const QRect rect = markRect(row);
        if (!rect.intersects(this->rect()))
            continue;
        painter.setPen(QPen(QColor(0x7a, 0x4a, 0x00), 1));
        painter.setBrush(QColor(0xff, 0xc1, 0x07));
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        painter.setPen(Qt::black);
        painter.drawText(rect, Qt::AlignCenter, u"Δ"_s);
    }
}

bool TableChangeMarks::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize)
        setGeometry(mTable->verticalHeader()->viewport()->rect());
    if (event->type() == QEvent::ToolTip && isVisible()) {
        const QPoint pos = static_cast<QHelpEvent *>(event)->pos();
        const int row = mTable->rowAt(pos.y());
        if (row >= 0 && markRect(row).contains(pos)) {
            if (const QString tip = toolTipOf(row); !tip.isEmpty()) {
                QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), tip, mTable,
                                   markRect(row));
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Parcours
