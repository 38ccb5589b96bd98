#include "moduleloader.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Parcours {

QFunctionPointer moduleEntry(const QString &name, const char *symbol, QString *error)
{
    const QString dir = QFileInfo(QFile::symLinkTarget(u"/proc/self/exe"_s)).absolutePath();
    error->clear();
    for (const QString &path :
         {dir + u'/' + name, dir + u"/" PARCOURS_WINDOW_MODULE_DIR "/"_s + name}) {
        if (!QFileInfo::exists(path))
            continue;
        // Never unloaded: the module's code runs until the process ends.
        QLibrary module(path);
        if (const QFunctionPointer entry = module.resolve(symbol))
            return entry;
        *error = module.errorString();
    }
    if (error->isEmpty())
        *error = u"not found next to the executable"_s;
    return nullptr;
}

} // namespace Parcours
