#include "store/workspacelocation.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

const QRegularExpression &sharedScheme()
{
    static const QRegularExpression scheme(u"postgres(?:ql)?://"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    return scheme;
}

// Where the password of the URL starting at `from` is in `text` (its length in `*length`), or
// -1: after the first ':' of the user info, up to the last '@' before `end`. A malformed URL
// may hold any character in its password, so the last '@' is taken, never a parse.
qsizetype passwordAt(const QString &text, qsizetype from, qsizetype end, qsizetype *length)
{
    const qsizetype at = text.lastIndexOf(u'@', end - 1);
    const qsizetype colon = text.indexOf(u':', from);
    if (at < from || colon < 0 || colon > at)
        return -1;
    *length = at - colon - 1;
    return colon + 1;
}

// The text with the password of every postgresql:// URL in it shown as ***; a URL ends at
// white space (or, when `wholeText`, at the end of the text).
QString maskPasswords(QString text, bool wholeText)
{
    qsizetype from = 0;
    for (QRegularExpressionMatch m = sharedScheme().match(text, from); m.hasMatch();
         m = sharedScheme().match(text, from)) {
        const qsizetype start = m.capturedEnd();
        qsizetype end = text.size();
        if (!wholeText) {
            for (qsizetype i = start; i < text.size(); ++i) {
                if (text.at(i).isSpace()) {
                    end = i;
                    break;
                }
            }
        }
        qsizetype length = 0;
        const qsizetype password = passwordAt(text, start, end, &length);
        if (password >= 0 && length > 0) {
            text.replace(password, length, u"***"_s);
            end += 3 - length;
        }
        from = end;
    }
    return text;
}

} // namespace

QString WorkspaceLocation::redacted(const QString &text)
{
    if (!looksShared(text))
        return maskPasswords(text, false);
    if (const std::optional<WorkspaceLocation> location = parse(text))
        return location->toString();
    // Not QUrl's reading either: with an unescaped '@' or '#' in the password, it takes part
    // of the password for the host or a fragment, and would show that part.
    return maskPasswords(text, true);
}

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
    if (!url.isValid()) {
        // QUrl's message goes on with the whole text and its parts, the password among them.
        QString why = url.errorString();
        if (const qsizetype source = why.indexOf(u"; source was"_s); source >= 0)
            why.truncate(source);
        return failWith(tr("malformed location: %1").arg(maskPasswords(why, false)));
    }
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
