#pragma once

#include "common/themetint.h"
#include "domain/usagefrequency.h"

#include <QLabel>
#include <QLineEdit>
#include <QPersistentModelIndex>
#include <QPointer>

#include <optional>

namespace Parcours {

// A line edit for a usage frequency that parses as you type (English or French phrases)
// and shows what it understood, or why not, in a small panel just below itself.
class FrequencyEditor final : public QLineEdit
{
    Q_OBJECT

public:
    explicit FrequencyEditor(QWidget *parent = nullptr);
    ~FrequencyEditor() override;

    // Empty text (no frequency) or a phrase that parses.
    bool isAcceptable() const { return !mError; }
    std::optional<UsageFrequency> frequency() const { return mFrequency; }
    // "3 times a week — about 13 times a month", or the parser's reason.
    QString feedback() const { return mFeedbackText; }
    QLabel *feedbackLabel() const { return mFeedback; }
    // The cell being edited (of the view's model).
    QPersistentModelIndex index() const { return mIndex; }
    void setIndex(const QModelIndex &index) { mIndex = index; }

signals:
    void feedbackChanged(const QString &text, bool error);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void moveEvent(QMoveEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateFeedback();
    void placeFeedback();

    QPointer<QLabel> mFeedback;
    QPersistentModelIndex mIndex;
    QString mFeedbackText;
    std::optional<UsageFrequency> mFrequency;
    bool mError = false;
};

// Shows a frequency with its marker (▽ below monthly, ⚠ below the persona's cadence) and
// edits it with a FrequencyEditor. Enter or Tab on text that does not parse keeps the
// editor open; leaving it any other way (a click elsewhere) keeps the text in the cell as a
// draft (UseCaseTableModel::FrequencyDraftRole, "✗ not understood: …"), never saved, until
// a frequency is set there or an edit of it is cancelled with Escape.
class FrequencyDelegate final : public TintedItemDelegate
{
    Q_OBJECT

public:
    explicit FrequencyDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

signals:
    // Text that does not parse was left in its cell by leaving it (a click elsewhere): says
    // that it is kept there, not saved, and why.
    void draftKept(const QString &message);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    bool eventFilter(QObject *object, QEvent *event) override;
};

} // namespace Parcours
