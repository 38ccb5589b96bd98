#include "formats/jsonformat.h"

#include "formats/workspacejson.h"

using namespace Qt::StringLiterals;

namespace Parcours {

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
