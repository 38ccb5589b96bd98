#pragma once

// A base for tests of journey edits: each test function gets a workspace file of its own, made
// from the English SaaS template, and can read it back to check what reached the file.
#include "document/workspacedocument.h"
#include "domain/journeytemplates.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace Parcours::TestData {

class SaasJourneyTest : public QObject
{
protected:
    // Makes STEM<n>.parcours, n counting the files made; the error when it could not be made.
    QString createFile(const QString &stem)
    {
        using namespace Qt::StringLiterals;
        if (!mDir.isValid())
            return mDir.errorString();
        static int made = 0;
        mPath = mDir.filePath(stem + QString::number(++made) + u".parcours"_s);
        const Workspace w = JourneyTemplates::makeWorkspace(JourneyTemplates::Kind::Saas,
                                                            JourneyTemplates::Language::English);
        mJourneyId = w.journeys.front().id;
        WorkspaceDocument::OpenResult created = WorkspaceDocument::create(mPath, w);
        mDoc = std::move(created.document);
        return mDoc ? QString() : created.error;
    }

    const Journey &journey() const { return *mDoc->workspace().journey(mJourneyId); }

    // Closes the document and reads the file back.
    Journey reopened()
    {
        mDoc.reset();
        WorkspaceDocument::OpenResult opened = WorkspaceDocument::open(mPath);
        if (!opened.document)
            qFatal("cannot reopen: %s", qPrintable(opened.error));
        mDoc = std::move(opened.document);
        return journey();
    }

    std::unique_ptr<WorkspaceDocument> mDoc;
    Id mJourneyId = 0;

private:
    QTemporaryDir mDir;
    QString mPath;
};

} // namespace Parcours::TestData
