#include "formats/versionsjson.h"

#include "formats/workspacejson.h"
#include "store/workspaceversions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Parcours {

QByteArray VersionsJson::withVersions(const QByteArray &workspaceJson,
                                      const std::vector<StoredVersion> &versions)
{
    if (versions.empty())
        return workspaceJson;
    QJsonObject root = QJsonDocument::fromJson(workspaceJson).object();
    QJsonArray list;
    for (const StoredVersion &version : versions) {
        list.append(
            QJsonObject {{u"label"_s, version.info.label},
                         {u"created"_s, WorkspaceVersions::dateText(version.info.created)},
                         {u"author"_s, version.info.author},
                         {u"workspace"_s, QJsonDocument::fromJson(version.snapshot).object()}});
    }
    root.insert(u"versions"_s, list);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

VersionsJson::ReadResult VersionsJson::read(const QByteArray &json)
{
    ReadResult result;
    const QJsonValue listValue = QJsonDocument::fromJson(json).object().value(u"versions"_s);
    if (listValue.isUndefined() || listValue.isNull())
        return result;
    if (!listValue.isArray()) {
        result.error = u"versions: "_s + tr("not an array");
        return result;
    }
    const QJsonArray list = listValue.toArray();
    std::vector<VersionInfo> taken;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = u"versions[%1]"_s.arg(i);
        const QJsonObject o = list.at(i).toObject();
        StoredVersion version;
        version.info.label = o.value(u"label"_s).toString();
        if (const QString refused = WorkspaceVersions::refusedLabel(version.info.label, taken);
            !refused.isEmpty()) {
            result.error = path + u".label: "_s + refused;
            return result;
        }
        version.info.created = WorkspaceVersions::dateFromText(o.value(u"created"_s).toString());
        if (!version.info.created.isValid()) {
            result.error = path + u".created: "_s
                + tr("not a date and time (ISO 8601, e.g. 2026-03-01T09:30:00Z)");
            return result;
        }
        version.info.author = o.value(u"author"_s).toString();
        const QJsonValue workspace = o.value(u"workspace"_s);
        version.snapshot = QJsonDocument(workspace.toObject()).toJson(QJsonDocument::Indented);
        if (const WorkspaceJson::ReadResult read = WorkspaceJson::read(version.snapshot);
            !workspace.isObject() || !read.workspace) {
            result.error = path + u".workspace: "_s
                + (workspace.isObject() ? read.error : tr("not an object"));
            return result;
        }
        taken.push_back(version.info);
        result.versions.push_back(std::move(version));
    }
    return result;
}

} // namespace Parcours
