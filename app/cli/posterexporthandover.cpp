// Stands in for posterexport.cpp in the executable that loads the window module
// (app/CMakeLists.txt), so that it links none of the drawing code: there, main() hands every
// poster export to the module before it creates its QCoreApplication (Cli::drawsNothing), and
// runExport() only calls this for an export that isPosterExport() takes for a poster.
#include "subcommand.h"

using namespace Qt::StringLiterals;

namespace Parcours::Cli {

int runPosterExport(const QStringList &, Streams &io)
{
    io.err << u"parcours: poster exports run in the window module"_s << Qt::endl;
    return BadInput;
}

} // namespace Parcours::Cli
