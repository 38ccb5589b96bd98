#include "versions/versionspanel.h"

#include "analytics/workspacediff.h"
#include "document/editsversion.h"
#include "document/workspacedocument.h"
#include "store/workspaceversions.h"
#include "versions/changesview.h"
#include "versions/versionaccess.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

constexpr int labelRole = Qt::UserRole + 1;

// "Before restoring LABEL", or with " (2)", " (3)" … when taken.
QString freeLabel(const QString &wanted, const std::vector<VersionInfo> &taken)
{
    QString label = wanted;
    for (int n = 2; !WorkspaceVersions::refusedLabel(label, taken).isEmpty(); ++n)
        label = u"%1 (%2)"_s.arg(wanted).arg(n);
    return label;
}

} // namespace

VersionsPanel::VersionsPanel(QWidget *parent)
    : QWidget(parent)
    , mStatus(new QLabel)
    , mList(new QTreeWidget)
    , mOpen(new QPushButton(tr("&Open Read-Only")))
    , mRestore(new QPushButton(tr("&Restore…")))
    , mCompareNow(new QPushButton(tr("Compare with &Now")))
    , mCompareWith(new QPushButton(tr("Compare &with…")))
    , mCompareCaption(new QLabel)
    , mChanges(new ChangesView)
    , mRecompare(new QTimer(this))
{
    setObjectName(u"versionsPanel"_s);
    mList->setObjectName(u"versionsList"_s);
    mList->setAccessibleName(tr("Versions"));
    mList->setHeaderLabels({tr("Label"), tr("Date"), tr("Author")});
    mList->setRootIsDecorated(false);
    mList->setAllColumnsShowFocus(true);
    mList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    mList->header()->setStretchLastSection(false);
    mStatus->setWordWrap(true);
    mStatus->hide();
    mOpen->setToolTip(tr("Open the version in a window of its own, to look at it and print it "
                         "as it was; nothing there can be changed."));
    mRestore->setToolTip(tr("Make the workspace what it was in this version. The current state "
                            "is kept as a version first, and Edit > Undo brings it back."));
    mCompareNow->setToolTip(tr("List what changed since this version and mark the changed "
                               "cells and use cases."));
    mCompareWith->setToolTip(tr("List what changed between this version and another one."));
    mCompareCaption->setWordWrap(true);
    mCompareCaption->setObjectName(u"compareCaption"_s);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QPushButton *button : {mOpen, mRestore, mCompareNow, mCompareWith}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(mStatus);
    topLayout->addWidget(mList);
    topLayout->addLayout(buttons);
    auto *bottom = new QWidget;
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(mCompareCaption);
    bottomLayout->addWidget(mChanges);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);
    stopComparing();

    connect(mOpen, &QPushButton::clicked, this, &VersionsPanel::openSelected);
    connect(mRestore, &QPushButton::clicked, this, &VersionsPanel::restoreSelected);
    connect(mCompareNow, &QPushButton::clicked, this, &VersionsPanel::compareSelectedWithNow);
    connect(mCompareWith, &QPushButton::clicked, this, [this] { compareSelectedWith(); });
    connect(mList, &QTreeWidget::currentItemChanged, this, &VersionsPanel::updateActions);
    connect(mList, &QTreeWidget::itemActivated, this, &VersionsPanel::compareSelectedWithNow);
    connect(mChanges, &ChangesView::itemRequested, this, &VersionsPanel::itemRequested);
    // After edits, the comparison with now is brought up to date once they settle.
    mRecompare->setSingleShot(true);
    mRecompare->setInterval(300);
    connect(mRecompare, &QTimer::timeout, this, &VersionsPanel::refreshComparison);
    updateActions();
}

void VersionsPanel::setDocument(WorkspaceDocument *document)
{
    if (document == mDocument) { // read-only or not: the same versions
        updateActions();
        return;
    }
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    mLoaded = false;
    mVersions.clear();
    mList->clear();
    stopComparing();
    if (mDocument) {
        connect(mDocument, &WorkspaceDocument::changed, this, [this] {
            if (mCompared)
                mRecompare->start();
        });
        connect(mDocument, &WorkspaceDocument::readOnlyChanged, this,
                &VersionsPanel::updateActions);
    }
    if (isVisible())
        reload();
    updateActions();
}

void VersionsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!mLoaded)
        reload();
}

void VersionsPanel::reload()
{
    const QString selected = selectedLabel();
    mList->clear();
    mVersions.clear();
    mLoaded = true;
    VersionAccess access(mDocument);
    const QString unavailable = access.unavailableReason();
    std::optional<std::vector<VersionInfo>> versions
        = unavailable.isEmpty() ? access.list() : std::nullopt;
    const QString problem = !unavailable.isEmpty() ? unavailable
        : versions                                 ? QString()
                                                   : access.error();
    mStatus->setText(problem);
    mStatus->setVisible(!problem.isEmpty() && mDocument);
    if (versions) {
        mVersions = std::move(*versions);
        const QLocale locale;
        for (auto v = mVersions.rbegin(); v != mVersions.rend(); ++v) { // newest first
            auto *item = new QTreeWidgetItem(
                mList,
                {v->label, locale.toString(v->created.toLocalTime(), QLocale::ShortFormat),
                 v->author});
            item->setData(0, labelRole, v->label);
            item->setToolTip(0, v->label);
        }
        if (mVersions.empty()) {
            mStatus->setText(tr("No versions yet: File > Save Version… keeps the workspace as "
                                "it is now."));
            mStatus->show();
        }
    }
    mList->resizeColumnToContents(1);
    mList->resizeColumnToContents(2);
    selectLabel(selected);
    if (!mList->currentItem() && mList->topLevelItemCount() > 0)
        mList->setCurrentItem(mList->topLevelItem(0));
    updateActions();
}

QString VersionsPanel::selectedLabel() const
{
    const QTreeWidgetItem *item = mList->currentItem();
    return item ? item->data(0, labelRole).toString() : QString();
}

void VersionsPanel::selectLabel(const QString &label)
{
    for (int row = 0; row < mList->topLevelItemCount(); ++row) {
        if (mList->topLevelItem(row)->data(0, labelRole).toString() == label) {
            mList->setCurrentItem(mList->topLevelItem(row));
            return;
        }
    }
}

void VersionsPanel::updateActions()
{
    const VersionAccess access(mDocument);
    const QString unavailable = access.unavailableReason();
    const bool selected = !selectedLabel().isEmpty() && unavailable.isEmpty();
    for (QPushButton *button : {mOpen, mCompareNow})
        button->setEnabled(selected);
    mCompareWith->setEnabled(selected && mVersions.size() > 1);
    mRestore->setEnabled(selected && access.canSave());
    if (!unavailable.isEmpty()) {
        for (QPushButton *button : {mOpen, mRestore, mCompareNow, mCompareWith})
            button->setToolTip(unavailable);
    }
}

std::optional<Workspace> VersionsPanel::readVersion(const QString &label)
{
    VersionAccess access(mDocument);
    std::optional<Workspace> version = access.read(label);
    if (!version)
        QMessageBox::warning(this, tr("Cannot read the version"), access.error());
    return version;
}

void VersionsPanel::openSelected()
{
    const QString label = selectedLabel();
    if (label.isEmpty())
        return;
    if (const std::optional<Workspace> version = readVersion(label))
        emit openReadOnlyRequested(label, *version);
}

void VersionsPanel::restoreSelected()
{
    const QString label = selectedLabel();
    if (label.isEmpty() || !mDocument)
        return;
    const QString before = freeLabel(tr("Before restoring %1").arg(label), mVersions);
    if (QMessageBox::question(
            this, tr("Restore Version"),
            tr("Make the workspace what it was in version \u201c%1\u201d?\n\nThe current state "
               "is kept first as version \u201c%2\u201d, and Edit > Undo brings it back.")
                .arg(label, before))
        != QMessageBox::Yes)
        return;
    std::optional<Workspace> version = readVersion(label);
    if (!version)
        return;
    VersionAccess access(mDocument);
    if (!access.save(before)) {
        QMessageBox::warning(this, tr("Cannot restore the version"), access.error());
        return;
    }
    if (!Edit::restoreWorkspace(*mDocument, std::move(*version),
                                tr("Restore Version \u201c%1\u201d").arg(label)))
        QMessageBox::information(this, tr("Restore Version"),
                                 tr("The workspace is already as it was in version "
                                    "\u201c%1\u201d.")
                                     .arg(label));
    reload();
    selectLabel(label);
}

void VersionsPanel::stopComparing()
{
    mRecompare->stop();
    const bool wasComparing = mCompared.has_value();
    mCompared.reset();
    mComparedLabel.clear();
    mChanges->clearDiff();
    mCompareCaption->setText(tr("Choose a version and Compare with Now to see what changed."));
    if (wasComparing)
        emit changedItemsChanged({});
}

void VersionsPanel::compareSelectedWithNow()
{
    const QString label = selectedLabel();
    if (label.isEmpty() || !mDocument)
        return;
    std::optional<Workspace> version = readVersion(label);
    if (!version)
        return;
    mCompared = std::move(version);
    mComparedLabel = label;
    refreshComparison();
    mChanges->setFocus();
}

void VersionsPanel::refreshComparison()
{
    if (!mCompared || !mDocument)
        return;
    const Workspace &now = mDocument->workspace();
    const WorkspaceDiff diff = WorkspaceDiff::compare(*mCompared, now);
    mCompareCaption->setText(tr("Changes since \u201c%1\u201d:").arg(mComparedLabel));
    mChanges->setDiff(diff, now);
    emit changedItemsChanged(changedItems(now, diff));
}

void VersionsPanel::compareSelectedWith(const QString &other)
{
    const QString label = selectedLabel();
    if (label.isEmpty())
        return;
    QString chosen = other;
    if (chosen.isEmpty()) {
        QStringList labels;
        for (auto v = mVersions.rbegin(); v != mVersions.rend(); ++v) {
            if (v->label != label)
                labels << v->label;
        }
        bool ok = false;
        chosen = QInputDialog::getItem(this, tr("Compare with"),
                                       tr("Compare \u201c%1\u201d with version:").arg(label),
                                       labels, 0, false, &ok);
        if (!ok || chosen.isEmpty())
            return;
    }
    const auto indexOf = [this](const QString &l) {
        for (size_t i = 0; i < mVersions.size(); ++i) {
            if (mVersions[i].label == l)
                return int(i);
        }
        return -1;
    };
    // Older to newer, whichever was chosen first.
    QString from = label;
    QString to = chosen;
    if (indexOf(from) > indexOf(to))
        std::swap(from, to);
    const std::optional<Workspace> a = readVersion(from);
    const std::optional<Workspace> b = a ? readVersion(to) : std::nullopt;
    if (!b)
        return;
    stopComparing();
    const WorkspaceDiff diff = WorkspaceDiff::compare(*a, *b);
    mCompareCaption->setText(tr("Changes from \u201c%1\u201d to \u201c%2\u201d:").arg(from, to));
    mChanges->setDiff(diff, *b);
}

} // namespace Parcours
