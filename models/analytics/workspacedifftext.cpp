// WorkspaceDiff as readable text (parcours diff, the Compare dialog) and as JSON.
#include "analytics/workspacediff.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

QString itemName(const QString &item)
{
    static const QHash<QString, const char *> names = {
        {u"workspace"_s, QT_TRANSLATE_NOOP("WorkspaceDiff", "workspace")},
        {u"persona"_s, QT_TRANSLATE_NOOP("WorkspaceDiff", "persona")},
        {u"use_case"_s, QT_TRANSLATE_NOOP("WorkspaceDiff", "use case")},
        {u"journey"_s, QT_TRANSLATE_NOOP("WorkspaceDiff", "journey")},
        {u"lane"_s, QT_TRANSLATE_NOOP("WorkspaceDiff", "lane")},
        {u"stage"_s, QT_TRANSLATE_NOOP("WorkspaceDiff", "stage")},
        {u"step"_s, QT_TRANSLATE_NOOP("WorkspaceDiff", "step")},
        {u"cell"_s, QT_TRANSLATE_NOOP("WorkspaceDiff", "cell")},
        {u"renewal"_s, QT_TRANSLATE_NOOP("WorkspaceDiff", "renewal question")},
        {u"metric_period"_s, QT_TRANSLATE_NOOP("WorkspaceDiff", "metric period")},
        {u"opportunity"_s, QT_TRANSLATE_NOOP("WorkspaceDiff", "opportunity")},
        {u"usage"_s, QT_TRANSLATE_NOOP("WorkspaceDiff", "observed usage")},
    };
    const char *name = names.value(item);
    return name ? WorkspaceDiff::tr(name) : item;
}

QString groupHeading(const ChangeGroup &group)
{
    if (group.kind == u"persona")
        return WorkspaceDiff::tr("Persona \"%1\":").arg(group.name);
    if (group.kind == u"journey")
        return WorkspaceDiff::tr("Journey \"%1\":").arg(group.name);
    if (group.kind == u"opportunities")
        return WorkspaceDiff::tr("Opportunities:");
    if (group.kind == u"usage")
        return WorkspaceDiff::tr("Observed usage:");
    return WorkspaceDiff::tr("Workspace:");
}

QString changeLine(const ItemChange &change)
{
    QString line = WorkspaceDiff::describe(change);
    QStringList fields;
    for (const FieldChange &field : change.fields) {
        fields << u"%1: %2 → %3"_s.arg(field.field, WorkspaceDiff::valueText(field.before),
                                       WorkspaceDiff::valueText(field.after));
    }
    if (!fields.isEmpty())
        line += u": "_s + fields.join(u"; "_s);
    return line;
}

QString kindKey(ItemChange::Kind kind)
{
    switch (kind) {
    case ItemChange::Kind::Added: return u"added"_s;
    case ItemChange::Kind::Removed: return u"removed"_s;
    case ItemChange::Kind::Changed: break;
    }
    return u"changed"_s;
}

QJsonObject changeJson(const ItemChange &change)
{
    QJsonArray fields;
    for (const FieldChange &field : change.fields) {
        fields.append(QJsonObject {
            {u"field"_s, field.field}, {u"before"_s, field.before}, {u"after"_s, field.after}});
    }
    QJsonObject o {
        {u"change"_s, kindKey(change.kind)}, {u"item"_s, change.item}, {u"name"_s, change.name}};
    if (!fields.isEmpty())
        o.insert(u"fields"_s, fields);
    return o;
}

} // namespace

QString WorkspaceDiff::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return u"—"_s;
    case QJsonValue::Bool: return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Double: return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::String: // one change a line: a line break shows as \n
        return u"\"%1\""_s.arg(value.toString().replace(u'\n', u"\\n"_s));
    case QJsonValue::Object:
        // A frequency carries its phrase.
        if (value.toObject().contains(u"text"_s))
            return u"\"%1\""_s.arg(value.toObject().value(u"text"_s).toString());
        break;
    case QJsonValue::Array: break;
    }
    const QByteArray compact = value.isArray()
        ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
        : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (compact.size() <= 80)
        return QString::fromUtf8(compact);
    return value.isArray() ? tr("%n items", nullptr, int(value.toArray().size())) : tr("…");
}

QString WorkspaceDiff::describe(const ItemChange &change)
{
    const QString item = itemName(change.item);
    switch (change.kind) {
    case ItemChange::Kind::Added: return tr("added %1 \"%2\"").arg(item, change.name);
    case ItemChange::Kind::Removed: return tr("removed %1 \"%2\"").arg(item, change.name);
    case ItemChange::Kind::Changed: break;
    }
    return change.name.isEmpty() ? tr("changed %1").arg(item)
                                 : tr("changed %1 \"%2\"").arg(item, change.name);
}

QString WorkspaceDiff::toText() const
{
    if (isEmpty())
        return tr("No changes.") + u'\n';
    QString text;
    if (!verdictFlips.empty()) {
        text += tr("Forgotten-zone verdicts that flipped:") + u'\n';
        for (const VerdictFlip &flip : verdictFlips) {
            text += u"  "_s
                + (flip.after ? tr("persona \"%1\" is now in the forgotten zone")
                              : tr("persona \"%1\" is no longer in the forgotten zone"))
                      .arg(flip.persona)
                + u'\n';
        }
    }
    if (!metricChanges.empty()) {
        text += tr("Metric periods:") + u'\n';
        for (const ItemChange &change : metricChanges)
            text += u"  "_s + changeLine(change) + u'\n';
    }
    for (const ChangeGroup &group : groups) {
        text += groupHeading(group) + u'\n';
        for (const ItemChange &change : group.changes)
            text += u"  "_s + changeLine(change) + u'\n';
    }
    return text;
}

QByteArray WorkspaceDiff::toJson() const
{
    QJsonArray flips;
    for (const VerdictFlip &flip : verdictFlips) {
        flips.append(QJsonObject {
            {u"persona"_s, flip.persona}, {u"before"_s, flip.before}, {u"after"_s, flip.after}});
    }
    QJsonArray metrics;
    for (const ItemChange &change : metricChanges)
        metrics.append(changeJson(change));
    QJsonArray groupList;
    for (const ChangeGroup &group : groups) {
        QJsonArray changes;
        for (const ItemChange &change : group.changes)
            changes.append(changeJson(change));
        groupList.append(QJsonObject {
            {u"kind"_s, group.kind}, {u"name"_s, group.name}, {u"changes"_s, changes}});
    }
    return QJsonDocument(QJsonObject {{u"changed"_s, !isEmpty()},
                                      {u"forgotten_zone"_s, flips},
                                      {u"metrics"_s, metrics},
                                      {u"groups"_s, groupList}})
        .toJson(QJsonDocument::Indented);
}

} // namespace Parcours
