#pragma once

#include "domain/ids.h"

#include <QCoreApplication>
#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace Parcours {

class WorkspaceDocument;
class WorkspaceFormat;

// File > Import… and File > Export… for every registered data format (WorkspaceFormats).
class ImportExport
{
    Q_DECLARE_TR_FUNCTIONS(ImportExport)

public:
    // Asks for a file and its format, then imports it (see below). Returns a status-bar text.
    static QString importFile(QWidget *parent, WorkspaceDocument &doc);
    // Reads the file and merges it as one undo step. A file with errors imports nothing; its
    // "FILE:LINE: reason" messages, or the warnings of an import, are listed in a dialog.
    static QString importFile(QWidget *parent, WorkspaceDocument &doc, const QString &path,
                              const WorkspaceFormat &format);
    // Asks for a file name and format, then writes the workspace; formats of one journey
    // write `journey` (the one selected), or the only journey there is.
    static QString exportFile(QWidget *parent, const WorkspaceDocument &doc, Id journey);
};

// The messages of an import, one "FILE:LINE: reason" per line, selectable for copying.
class ImportReportDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportReportDialog(const QString &summary, const QStringList &messages,
                       QWidget *parent = nullptr);

    QString summary() const;
    QStringList messages() const;

private:
    QLabel *mSummary;
    QPlainTextEdit *mMessages;
};

} // namespace Parcours
