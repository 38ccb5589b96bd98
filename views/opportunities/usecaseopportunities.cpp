#include "opportunities/usecaseopportunities.h"

#include "analytics/forgottenzone.h"
#include "common/themetint.h"
#include "document/editsopportunity.h"
#include "document/workspacedocument.h"
#include "itemmodels/usecasefiltermodel.h"
#include "itemmodels/usecasetablemodel.h"
#include "usecases/usecasemapeditor.h"
#include "usecases/usecasetableview.h"

#include <QAction>
#include <QApplication>
#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <functional>
#include <utility>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

// The use-case column with a badge at its right end: "◆ N", N the opportunities linked to the
// use case (a symbol and a number, not a colour alone); its tooltip says it in words.
class OpportunityBadgeDelegate final : public TintedItemDelegate
{
public:
    OpportunityBadgeDelegate(std::function<int(Id)> count, QObject *parent)
        : TintedItemDelegate(parent)
        , mCount(std::move(count))
    { }

    static QString badgeText(int count) { return u"\u25C6 %1"_s.arg(count); }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const int count = countAt(index);
        if (count == 0) {
            TintedItemDelegate::paint(painter, option, index);
            return;
        }
        // As QStyledItemDelegate::paint(), with the text elided before the badge.
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QString text = badgeText(count);
        const QRect badge = badgeRect(option, text);
        opt.text = opt.fontMetrics.elidedText(opt.text, Qt::ElideRight,
                                              std::max(0, badge.left() - opt.rect.left() - 6));
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QPainterPath pill;
        pill.addRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
        painter->fillPath(pill, option.palette.color(QPalette::Base));
        painter->setPen(QPen(option.palette.color(QPalette::Text), 1));
        painter->drawPath(pill);
        painter->setFont(badgeFont(option));
        painter->drawText(badge, Qt::AlignCenter, text);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = TintedItemDelegate::sizeHint(option, index);
        if (const int count = countAt(index); count > 0)
            size.rwidth() += QFontMetrics(option.font).horizontalAdvance(badgeText(count)) + 24;
        return size;
    }

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override
    {
        const int count = countAt(index);
        if (event->type() != QEvent::ToolTip || count == 0)
            return TintedItemDelegate::helpEvent(event, view, option, index);
        QToolTip::showText(event->globalPos(),
                           count == 1
                               ? UseCaseOpportunities::tr("One opportunity is linked to this use "
                                                          "case")
                               : UseCaseOpportunities::tr("%n opportunities are linked to this "
                                                          "use case",
                                                          nullptr, count),
                           view);
        return true;
    }

private:
    static QFont badgeFont(const QStyleOptionViewItem &option)
    {
        QFont font = option.font;
        font.setBold(true);
        return font;
    }

    static QRect badgeRect(const QStyleOptionViewItem &option, const QString &text)
    {
        const QFontMetrics metrics(badgeFont(option));
        const int height = metrics.height() + 2;
        const int width = metrics.horizontalAdvance(text) + height / 2 + 4;
        const int top = std::max(option.rect.top() + 1, option.rect.center().y() - height / 2);
        return {option.rect.right() - width - 2, top, width, height};
    }

    int countAt(const QModelIndex &index) const
    {
        return mCount(index.data(UseCaseTableModel::UseCaseIdRole).toLongLong());
    }

    std::function<int(Id)> mCount;
};

} // namespace

UseCaseOpportunities::UseCaseOpportunities(UseCaseMapEditor *editor, QObject *parent)
    : QObject(parent)
    , mEditor(editor)
    , mRaise(new QAction(tr("Raise &How Often\u2026"), this))
    , mOpportunities(new QAction(this))
    , mMenu(new QMenu(editor->table()))
{
    mRaise->setObjectName(u"raiseHowOftenAction"_s);
    mRaise->setStatusTip(tr("Make an opportunity of this forgotten-zone use case: how could the "
                            "persona do it more often?"));
    mRaise->setWhatsThis(mRaise->statusTip());
    mOpportunities->setObjectName(u"useCaseOpportunitiesAction"_s);
    mOpportunities->setMenu(mMenu);
    connect(mRaise, &QAction::triggered, this, &UseCaseOpportunities::raiseHowOften);

    UseCaseTableView *table = editor->table();
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    table->addActions({separator, mRaise, mOpportunities});
    table->setItemDelegateForColumn(
        UseCaseTableModel::UseCaseColumn,
        new OpportunityBadgeDelegate([this](Id id) { return opportunityCount(id); }, table));
    table->installEventFilter(this);
    table->viewport()->installEventFilter(this);
    connect(table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &UseCaseOpportunities::refresh);
    connect(editor->tableModel(), &QAbstractItemModel::modelReset, this,
            &UseCaseOpportunities::follow);
    follow();
}

WorkspaceDocument *UseCaseOpportunities::document() const
{
    return mEditor ? mEditor->tableModel()->document() : nullptr;
}

void UseCaseOpportunities::follow()
{
    if (document() != mDocument) {
        if (mDocument)
            mDocument->disconnect(this);
        mDocument = document();
        if (mDocument) {
            connect(mDocument, &WorkspaceDocument::changed, this, [this] {
                mCountsStale = true;
                refresh();
            });
        }
    }
    mCountsStale = true;
    refresh();
}

int UseCaseOpportunities::opportunityCount(Id useCase) const
{
    if (!mDocument || !useCase)
        return 0;
    if (mCountsStale) {
        mCounts.clear();
        const Workspace &w = mDocument->workspace();
        for (const Opportunity &o : w.opportunities) {
            for (const OpportunityLink &link : liveLinks(w, o)) {
                if (link.kind == OpportunityLink::Kind::UseCase)
                    ++mCounts[link.target];
            }
        }
        mCountsStale = false;
    }
    return mCounts.value(useCase, 0);
}

Id UseCaseOpportunities::currentUseCase() const
{
    if (!mEditor)
        return 0;
    const QModelIndex current = mEditor->table()->currentIndex();
    return current.isValid() ? current.data(UseCaseTableModel::UseCaseIdRole).toLongLong() : 0;
}

void UseCaseOpportunities::refresh()
{
    if (!mMenu)
        return; // the page is going
    const Id id = currentUseCase();
    const UseCase *useCase = mDocument ? mDocument->workspace().useCase(id) : nullptr;
    // Offered for the forgotten zone only: that is where a use case leads nowhere.
    mRaise->setVisible(useCase && isForgotten(*useCase));
    mRaise->setEnabled(mDocument && !mDocument->isReadOnly());
    const int count = opportunityCount(id);
    mOpportunities->setText(tr("&Opportunities (%1)").arg(count));
    mOpportunities->setVisible(count > 0);
    mMenu->clear();
    if (count == 0)
        return;
    for (const Opportunity &o : mDocument->workspace().opportunities) {
        for (const OpportunityLink &link : liveLinks(mDocument->workspace(), o)) {
            if (link.kind != OpportunityLink::Kind::UseCase || link.target != id)
                continue;
            QString title = o.title;
            title.replace(u'&', u"&&"_s);
            const Id opportunity = o.id;
            QAction *show = mMenu->addAction(title);
            connect(show, &QAction::triggered, this,
                    [this, opportunity] { emit showOpportunity(opportunity, false); });
            break;
        }
    }
    if (mEditor)
        mEditor->table()->viewport()->update();
}

Id UseCaseOpportunities::raiseHowOften()
{
    const Id useCase = currentUseCase();
    const UseCase *u = mDocument ? mDocument->workspace().useCase(useCase) : nullptr;
    if (!u || !isForgotten(*u))
        return 0;
    const Id made = Edit::makeOpportunityFromUseCase(*mDocument, useCase);
    if (made)
        emit showOpportunity(made, true);
    return made;
}

bool UseCaseOpportunities::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ContextMenu)
        refresh(); // the menu is built from the actions next
    return QObject::eventFilter(watched, event);
}

} // namespace Parcours
