#include "journeyeditorfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Parcours::TestSupport {

bool JourneyEditorFixture::showJourney(const Workspace &workspace, Id journey, QSize size)
{
    closeJourney();
    WorkspaceDocument::OpenResult created = WorkspaceDocument::create(
        mDir.filePath(u"journey%1.parcours"_s.arg(++mFiles)), workspace);
    if (!created.document) {
        mError = created.error;
        return false;
    }
    mDoc = std::move(created.document);
    mEditor = std::make_unique<JourneyEditor>();
    mEditor->resize(size);
    mEditor->setJourney(mDoc.get(), journey);
    mEditor->show();
    if (!QTest::qWaitForWindowExposed(mEditor.get())) {
        mError = u"the journey editor was never exposed"_s;
        return false;
    }
    mCanvas = mEditor->canvas();
    if (!mCanvas->journeyLayout()) {
        mError = u"journey %1 has no layout: is it in the workspace?"_s.arg(journey);
        return false;
    }
    return true;
}

void JourneyEditorFixture::closeJourney()
{
    mCanvas = nullptr;
    mEditor.reset();
    mDoc.reset();
}

} // namespace Parcours::TestSupport
