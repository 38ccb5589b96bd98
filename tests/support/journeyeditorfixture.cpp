#include "journeyeditorfixture.h"

#include <QImage>
#include <QTest>

#include <cstdlib>

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

int JourneyEditorFixture::pixelsNear(const QPointF &scenePos, const QColor &color, int radius) const
{
    const QImage image = mCanvas->viewport()->grab().toImage();
    const QPoint c = viewPoint(scenePos) * mCanvas->viewport()->devicePixelRatioF();
    int count = 0;
    for (int y = c.y() - radius; y <= c.y() + radius; ++y) {
        for (int x = c.x() - radius; x <= c.x() + radius; ++x) {
            if (!image.rect().contains(x, y))
                continue;
            const QColor p = image.pixelColor(x, y);
            if (std::abs(p.red() - color.red()) + std::abs(p.green() - color.green())
                    + std::abs(p.blue() - color.blue())
                < 40)
                ++count;
        }
    }
    return count;
}

void JourneyEditorFixture::closeJourney()
{
    mCanvas = nullptr;
    mEditor.reset();
    mDoc.reset();
}

} // namespace Parcours::TestSupport
