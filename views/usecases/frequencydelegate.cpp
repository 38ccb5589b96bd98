#include "usecases/frequencydelegate.h"

#include "itemmodels/usecasetablemodel.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace Parcours {

FrequencyEditor::FrequencyEditor(QWidget *parent)
    : QLineEdit(parent)
{
    setObjectName(u"frequencyEditor"_s);
    setPlaceholderText(tr("e.g. 3 times a week, every 5.5 years, twice a month"));
    if (parent) {
        // A sibling over the view's viewport rather than a window: no focus stealing.
        mFeedback = new QLabel(parent);
        mFeedback->setObjectName(u"frequencyFeedback"_s);
        mFeedback->setAutoFillBackground(true);
        mFeedback->setForegroundRole(QPalette::ToolTipText);
        mFeedback->setBackgroundRole(QPalette::ToolTipBase);
        mFeedback->setFrameShape(QFrame::Box);
        mFeedback->setMargin(3);
        mFeedback->setAttribute(Qt::WA_TransparentForMouseEvents);
        mFeedback->hide();
    }
    connect(this, &QLineEdit::textChanged, this, &FrequencyEditor::updateFeedback);
    updateFeedback();
}

FrequencyEditor::~FrequencyEditor()
{
    delete mFeedback;
}

void FrequencyEditor::updateFeedback()
{
    const QString input = text();
    if (input.trimmed().isEmpty()) {
        mFrequency.reset();
        mError = false;
        mFeedbackText = tr("No frequency yet");
    } else {
        const UsageFrequency::ParseResult parsed = UsageFrequency::parse(input);
        mFrequency = parsed.frequency;
        mError = !parsed.frequency;
        if (mError) {
            mFeedbackText = u"\u2717 "_s + parsed.error; // ✗
        } else {
            const double perMonth = parsed.frequency->usesPerMonth();
            QString meaning = UsageFrequency::describeUsesPerMonth(perMonth);
            if (parsed.frequency->isBelowMonthly())
                meaning = tr("%1: below monthly \u25BD").arg(meaning);
            mFeedbackText
                = tr("\u2713 %1 — %2")
                      .arg(parsed.frequency->toString(UsageFrequency::interfaceLanguage()),
                           meaning);
        }
    }
    setToolTip(mFeedbackText);
    if (mFeedback) {
        mFeedback->setText(mFeedbackText);
        QPalette palette = mFeedback->palette();
        palette.setColor(QPalette::ToolTipText,
                         mError ? ThemeTint::errorText(palette)
                                : QApplication::palette().toolTipText().color());
        mFeedback->setPalette(palette);
        mFeedback->adjustSize();
        placeFeedback();
    }
    emit feedbackChanged(mFeedbackText, mError);
}

void FrequencyEditor::placeFeedback()
{
    if (!mFeedback || !parentWidget())
        return;
    const QRect area = parentWidget()->rect();
    QPoint pos = geometry().bottomLeft() + QPoint(0, 1);
    if (pos.y() + mFeedback->height() > area.bottom())
        pos.setY(geometry().top() - mFeedback->height() - 1); // no room below: above
    pos.setX(std::max(0, std::min(pos.x(), area.right() - mFeedback->width())));
    mFeedback->move(pos);
    mFeedback->raise();
}

void FrequencyEditor::showEvent(QShowEvent *event)
{
    QLineEdit::showEvent(event);
    if (mFeedback) {
        placeFeedback();
        mFeedback->show();
    }
}

void FrequencyEditor::hideEvent(QHideEvent *event)
{
    QLineEdit::hideEvent(event);
    if (mFeedback)
        mFeedback->hide();
}

void FrequencyEditor::moveEvent(QMoveEvent *event)
{
    QLineEdit::moveEvent(event);
    placeFeedback();
}

void FrequencyEditor::resizeEvent(QResizeEvent *event)
{
    QLineEdit::resizeEvent(event);
    placeFeedback();
}

FrequencyDelegate::FrequencyDelegate(QObject *parent)
    : TintedItemDelegate(parent)
{ }

QWidget *FrequencyDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                         const QModelIndex &index) const
{
    auto *editor = new FrequencyEditor(parent);
    editor->setFrame(false);
    editor->setIndex(index);
    return editor;
}

void FrequencyDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *frequencyEditor = qobject_cast<FrequencyEditor *>(editor);
    // Typing into a selected cell starts an editor that already holds the typed key: keep it.
    if (frequencyEditor && !frequencyEditor->isModified())
        frequencyEditor->setText(index.data(Qt::EditRole).toString());
}

void FrequencyDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    auto *frequencyEditor = qobject_cast<FrequencyEditor *>(editor);
    if (frequencyEditor && !frequencyEditor->isAcceptable()) {
        // Never saved, never dropped: the text stays in its cell, marked, until fixed.
        const QString typed = frequencyEditor->text().trimmed();
        if (index.data(UseCaseTableModel::FrequencyDraftRole).toString() == typed)
            return; // already kept, and said so
        model->setData(index, typed, UseCaseTableModel::FrequencyDraftRole);
        emit const_cast<FrequencyDelegate *>(this)->draftKept(
            tr("\u201C%1\u201D is not saved: %2. It stays in its cell until you correct it "
               "(or press Escape while editing it).")
                .arg(typed, UsageFrequency::parse(typed).error));
        return;
    }
    if (!frequencyEditor || !frequencyEditor->isModified())
        return; // an untouched (rounded) phrase changes nothing
    if (const auto frequency = frequencyEditor->frequency())
        model->setData(index, QVariant::fromValue(*frequency));
    else
        model->setData(index, QString());
}

void FrequencyDelegate::initStyleOption(QStyleOptionViewItem *option,
                                        const QModelIndex &index) const
{
    TintedItemDelegate::initStyleOption(option, index);
    if (!index.data(UseCaseTableModel::FrequencyDraftRole).toString().isEmpty()) {
        // Text that did not parse: the ✗ and the words say it; the colour helps.
        option->palette.setColor(QPalette::Text, ThemeTint::errorText(option->palette));
        return;
    }
    const QString marker
        = UseCaseTableModel::markerFor(index.data(UseCaseTableModel::ForgottenZoneRole).toBool(),
                                       index.data(UseCaseTableModel::BelowCadenceRole).toBool());
    if (!marker.isEmpty())
        option->text = marker + u"  "_s + option->text;
    if (index.data(UseCaseTableModel::PlannedRole).toBool())
        option->font.setItalic(true);
}

bool FrequencyDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *editor = qobject_cast<FrequencyEditor *>(object);
    if (editor && event->type() == QEvent::KeyPress && !editor->isAcceptable()) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab
            || key == Qt::Key_Backtab) {
            QApplication::beep();
            return true; // stay: the panel below says what is wrong
        }
    }
    return TintedItemDelegate::eventFilter(object, event);
}

} // namespace Parcours
