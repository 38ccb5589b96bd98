#include "store/workspacelocation.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Parcours {

bool WorkspaceLocation::looksShared(const QString &text)
{
    return text.startsWith(u"postgresql://", Qt::CaseInsensitive)
        || text.startsWith(u"postgres://", Qt::CaseInsensitive);
}

WorkspaceLocation WorkspaceLocation::file(const QString &path)
{
    WorkspaceLocation location;
    location.path = path;
    return location;
}

bool WorkspaceLocation::isValidWorkspaceName(const QString &name)
{
    // The schema name parcours_NAME and its role names stay within PostgreSQL's 63 bytes.
    static const QRegularExpression valid(u"^[a-z][a-z0-9_]{0,39}$"_s);
    return valid.match(name).hasMatch();
}

QStringList WorkspaceLocation::sslModes()
{
    return {u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s};
}

std::optional<WorkspaceLocation> WorkspaceLocation::parse(const QString &text, QString *error)
{
    auto failWith = [error](const QString &message) -> std::optional<WorkspaceLocation> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!looksShared(text))
        return file(text);

    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return failWith(tr("malformed location: %1").arg(url.errorString()));
    WorkspaceLocation location;
    location.host = url.host();
    location.port = url.port(5432);
    location.user = url.userName();
    location.password = url.password();
    location.database = url.path();
    if (location.database.startsWith(u'/'))
        location.database.remove(0, 1);
    if (location.database.contains(u'/'))
        return failWith(tr("malformed location: the database name cannot contain \"/\""));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"workspace")
            location.workspace = value;
        else if (key == u"sslmode")
            location.sslMode = value;
        else if (key == u"host")
            location.host = value; // e.g. a socket directory
        else if (key == u"port")
            location.port = value.toInt();
        else if (key == u"user")
            location.user = value;
        else
            return failWith(tr("unknown option \"%1\" in the location; known: workspace, "
                               "sslmode, host, port, user")
                                .arg(key));
    }
    if (location.workspace.isEmpty())
        return failWith(tr("the location names no workspace: add ?workspace=NAME, e.g. "
                           "postgresql://me@db.example.com/parcours?workspace=marketing"));
    if (!isValidWorkspaceName(location.workspace))
        return failWith(tr("\"%1\" is not a valid workspace name: use 1 to 40 lower-case "
                           "letters, digits and _, starting with a letter")
                            .arg(location.workspace));
    if (!location.sslMode.isEmpty() && !sslModes().contains(location.sslMode))
        return failWith(tr("unknown sslmode \"%1\"; use one of %2")
                            .arg(location.sslMode, sslModes().join(u", "_s)));
    if (location.port <= 0 || location.port > 65535)
        return failWith(tr("invalid port number"));
    return location;
}

QString WorkspaceLocation::toString() const
{
    if (!isShared())
        return path;
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(user);
    url.setHost(host.startsWith(u'/') ? QString() : host);
    if (port != 5432)
        url.setPort(port);
    url.setPath(u'/' + database);
    QUrlQuery query;
    query.addQueryItem(u"workspace"_s, workspace);
    if (host.startsWith(u'/'))
        query.addQueryItem(u"host"_s, host);
    if (!sslMode.isEmpty())
        query.addQueryItem(u"sslmode"_s, sslMode);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString WorkspaceLocation::displayName() const
{
    if (!isShared())
        return path;
    const QString server = host.isEmpty() ? tr("local server") : host;
    return tr("%1 on %2/%3").arg(workspace, server, database);
}

QString WorkspaceLocation::keychainKey() const
{
    // One password per server account, whichever workspace.
    return u"%1@%2:%3/%4"_s.arg(user, host).arg(port).arg(database);
}

QString WorkspaceLocation::schemaName() const
{
    return u"parcours_"_s + workspace;
}

QString WorkspaceLocation::editorRole() const
{
    return schemaName() + u"_editor"_s;
}

QString WorkspaceLocation::viewerRole() const
{
    return schemaName() + u"_viewer"_s;
}

} // namespace Parcours
