#include "formats/jsonformat.h"

#include "formats/workspacejson.h"

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

// The 1-based line of the first NUL character, raw (byte 0) or escaped in a string ("\u0000"),
// or 0. No text field may hold one: PostgreSQL refuses it, so a shared workspace could not
// store what was imported. A light scan of strings and escapes, before the JSON is parsed.
int firstNulLine(const QByteArray &json)
{
    int line = 1;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '\0')
            return line;
        if (c == '\n')
            ++line;
        else if (c == '"')
            inString = !inString;
        else if (c == '\\' && inString) {
            if (json.sliced(i + 1).startsWith("u0000"))
                return line;
            ++i; // the escaped character: a quote does not end the string
        }
    }
    return 0;
}

} // namespace

QString JsonFormat::shortName() const
{
    return u"json"_s;
}

QString JsonFormat::displayName() const
{
    return tr("Parcours workspace (JSON)");
}

QString JsonFormat::nameFilter() const
{
    return u"*.json"_s;
}

ImportResult JsonFormat::read(const QByteArray &data, const ImportOptions &options) const
{
    if (const int line = firstNulLine(data)) {
        return {std::nullopt,
                {u"%1:%2: %3"_s.arg(options.fileName)
                     .arg(line)
                     .arg(tr("a NUL character (\\u0000) is not text; no field may hold it"))},
                {},
                {},
                {}};
    }
    WorkspaceJson::ReadResult read = WorkspaceJson::read(data);
    if (!read.workspace)
        return {std::nullopt, {options.fileName + u": "_s + read.error}, {}, {}, {}};
    return {std::move(read.workspace), {}, {}, {}, {}};
}

ExportResult JsonFormat::write(const Workspace &workspace, const ExportOptions &) const
{
    return {WorkspaceJson::write(workspace), {}};
}

} // namespace Parcours
