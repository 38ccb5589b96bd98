#include "workspace/workspaceoverview.h"

#include "analytics/dashboardsummary.h"
#include "analytics/forgottenzone.h"
#include "analytics/retentionmetrics.h"
#include "document/edits.h"
#include "document/workspacedocument.h"
#include "domain/numbertext.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

QString link(const QString &target, const QString &text)
{
    return u"<a href=\"%1\">%2</a>"_s.arg(target, text.toHtmlEscaped());
}

QString row(const QStringList &cells, const QString &tag = u"td"_s)
{
    QString html = u"<tr>"_s;
    for (const QString &cell : cells)
        html += u"<%1>%2</%1>"_s.arg(tag, cell);
    return html + u"</tr>"_s;
}

// Marked by a symbol and words, never by colour alone.
QString verdictCell(const PersonaVerdict &verdict)
{
    if (verdict.segments == 0)
        return u"\u2014"_s;
    return verdict.forgottenZone ? WorkspaceOverview::tr("\u25BD forgotten zone")
                                 : WorkspaceOverview::tr("out of it");
}

// A titled table of `rows` (already HTML), or `emptyText` when there are none.
QString section(const QString &title, const QString &emptyText, const QStringList &headers,
                const QStringList &rows)
{
    QString html = u"<h3>%1</h3>"_s.arg(title);
    if (rows.isEmpty())
        return html + u"<p>%1</p>"_s.arg(emptyText);
    html += u"<table cellspacing=\"0\" cellpadding=\"4\" border=\"0\">"_s;
    html += row(headers, u"th align=\"left\""_s);
    return html + rows.join(QString()) + u"</table>"_s;
}

QString personasSection(const Workspace &w)
{
    QStringList rows;
    for (const Persona &p : w.personas) {
        const PersonaVerdict today = personaVerdict(p, VerdictScope::CurrentOnly);
        const PersonaVerdict planned = personaVerdict(p, VerdictScope::WithPlanned);
        rows << row({link(u"persona:%1"_s.arg(p.id), p.name), QString::number(p.useCases.size()),
                     NumberText::toHtml(describeVerdict(today)), verdictCell(today),
                     verdictCell(planned)});
    }
    return section(
        WorkspaceOverview::tr("Personas"),
        WorkspaceOverview::tr("No persona yet: add one with Workspace \u203A Add Persona "
                              "(Ctrl+Shift+P), then map its use cases."),
        {WorkspaceOverview::tr("Persona"), WorkspaceOverview::tr("Use cases"),
         WorkspaceOverview::tr("Segments today"), WorkspaceOverview::tr("Forgotten zone today"),
         WorkspaceOverview::tr("With planned use cases")},
        rows);
}

QString journeysSection(const Workspace &w)
{
    QStringList rows;
    for (const Journey &j : w.journeys) {
        const JourneySummary s = DashboardSummary::summarize(j);
        const Persona *persona = w.persona(j.personaId);
        rows << row({link(u"journey:%1"_s.arg(j.id), j.name),
                     persona ? persona->name.toHtmlEscaped() : u"\u2014"_s,
                     DashboardSummary::needingWorkText(s).toHtmlEscaped(),
                     NumberText::toHtml(DashboardSummary::timeToValueText(s)),
                     NumberText::toHtml(DashboardSummary::dropOffText(s)),
                     NumberText::toHtml(DashboardSummary::lowestStepText(s))});
    }
    return section(
        WorkspaceOverview::tr("Journeys"),
        WorkspaceOverview::tr("No journey yet: add one with Workspace \u203A Add Journey "
                              "(Ctrl+Shift+J), or start from a template."),
        {WorkspaceOverview::tr("Journey"), WorkspaceOverview::tr("Persona"),
         WorkspaceOverview::tr("Stages needing work"), WorkspaceOverview::tr("Time-to-value"),
         WorkspaceOverview::tr("Largest drop-off"), WorkspaceOverview::tr("Lowest step")},
        rows);
}

} // namespace

WorkspaceOverview::WorkspaceOverview(QWidget *parent)
    : QWidget(parent)
    , mName(new QLineEdit)
    , mProduct(new QLineEdit)
    , mSummary(new QTextBrowser)
{
    mName->setObjectName(u"workspaceName"_s);
    mProduct->setObjectName(u"workspaceProduct"_s);
    mName->setPlaceholderText(tr("e.g. HomeFinder workshop, spring"));
    mProduct->setPlaceholderText(tr("the product the maps are about"));
    const QString titled = tr("Printed in the title block of posters and reports");
    mName->setToolTip(titled);
    mProduct->setToolTip(titled);
    mSummary->setObjectName(u"workspaceSummary"_s);
    mSummary->setAccessibleName(tr("Workspace summary"));
    mSummary->setOpenLinks(false);
    mSummary->setFrameShape(QFrame::NoFrame);

    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(tr("Workspace &name:"));
    nameLabel->setBuddy(mName);
    form->addRow(nameLabel, mName);
    auto *productLabel = new QLabel(tr("P&roduct:"));
    productLabel->setBuddy(mProduct);
    form->addRow(productLabel, mProduct);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mSummary, 1);

    connect(mName, &QLineEdit::editingFinished, this,
            [this] { commit(mName, Field::WorkspaceName); });
    connect(mProduct, &QLineEdit::editingFinished, this,
            [this] { commit(mProduct, Field::WorkspaceProduct); });
    connect(mSummary, &QTextBrowser::anchorClicked, this, &WorkspaceOverview::openLink);
    mRefresh.setSingleShot(true);
    mRefresh.setInterval(0);
    connect(&mRefresh, &QTimer::timeout, this, &WorkspaceOverview::refresh);
    setEnabled(false);
}

WorkspaceOverview::~WorkspaceOverview()
{
    // Children die after this destructor; what they signal on the way must not reach it.
    if (mDocument)
        mDocument->disconnect(this);
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        QObject::disconnect(child, nullptr, this, nullptr);
}

void WorkspaceOverview::setDocument(WorkspaceDocument *document)
{
    if (mDocument)
        mDocument->disconnect(this);
    mDocument = document;
    if (mDocument) {
        connect(mDocument, &WorkspaceDocument::changed, this, &WorkspaceOverview::onChanged);
        connect(mDocument, &WorkspaceDocument::readOnlyChanged, this, &WorkspaceOverview::refresh);
    }
    refresh();
}

void WorkspaceOverview::onChanged(const ChangeEvent &)
{
    if (isVisible())
        mRefresh.start(); // once for a burst of changes (an import, others' edits caught up)
}

void WorkspaceOverview::showEvent(QShowEvent *event)
{
    refresh(); // changes made while hidden were not followed
    QWidget::showEvent(event);
}

void WorkspaceOverview::refresh()
{
    mRefresh.stop();
    setEnabled(mDocument != nullptr);
    if (!mDocument) {
        mName->clear();
        mProduct->clear();
        mSummary->clear();
        return;
    }
    const Workspace &w = mDocument->workspace();
    const bool readOnly = mDocument->isReadOnly();
    for (auto [edit, text] : {std::pair(mName, w.info.name), std::pair(mProduct, w.info.product)}) {
        edit->setReadOnly(readOnly);
        if (edit->text() != text && !(edit->hasFocus() && edit->isModified())) // not mid-typing
            edit->setText(text);
    }
    const int scroll = mSummary->verticalScrollBar()->value();
    mSummary->setHtml(summaryHtml(w));
    mSummary->verticalScrollBar()->setValue(scroll);
}

void WorkspaceOverview::commit(QLineEdit *edit, int field)
{
    if (!mDocument || mDocument->isReadOnly())
        return;
    edit->setModified(false);
    const QString text = edit->text().trimmed();
    const Workspace &w = mDocument->workspace();
    if (text != (field == Field::WorkspaceName ? w.info.name : w.info.product))
        Edit::setField(*mDocument, EntityRef::workspace(), field, text);
}

void WorkspaceOverview::openLink(const QUrl &url)
{
    const QString target = url.toString();
    if (target == u"dashboard"_s) {
        emit dashboardRequested();
        return;
    }
    const qsizetype colon = target.indexOf(u':');
    const Id id = target.mid(colon + 1).toLongLong();
    if (target.startsWith(u"persona:"_s))
        emit entityRequested(EntityRef::persona(id));
    else if (target.startsWith(u"journey:"_s))
        emit entityRequested(EntityRef::journey(id));
}

QString WorkspaceOverview::summaryHtml(const Workspace &w)
{
    const WorkspaceVerdict today = workspaceVerdict(w, VerdictScope::CurrentOnly);
    const WorkspaceVerdict planned = workspaceVerdict(w, VerdictScope::WithPlanned);
    QString html;
    html += u"<p>"_s;
    if (w.info.retentionType != RetentionType::Unspecified) {
        html += tr("Retention: %1.")
                    .arg(RetentionMetrics::retentionTypeName(w.info.retentionType).toHtmlEscaped())
            + u' ';
    }
    html += tr("%1 of %2 personas in the forgotten zone today, %3 with planned use cases.")
                .arg(today.personasInForgottenZone)
                .arg(today.personas)
                .arg(planned.personasInForgottenZone);
    html += u"</p>"_s;
    html += personasSection(w);
    html += journeysSection(w);
    const QString periods = w.metrics.size() == 1
        ? tr("Open the retention dashboard (1 period of metrics)")
        : tr("Open the retention dashboard (%1 periods of metrics)").arg(w.metrics.size());
    html += u"<p>%1</p>"_s.arg(link(u"dashboard"_s, periods));
    return html;
}

} // namespace Parcours
