#pragma once

#include <QDialog>
#include <QUrl>

class QTextBrowser;

namespace Parcours {

// Help > User Guide: the built-in guide (resources/help/LANG/guide.html) in a browser that
// follows its links, with keyboard navigation (Tab to links, Alt+Left to go back).
class HelpDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit HelpDialog(QWidget *parent = nullptr);

    // The guide in `language` ("en", "fr"), or in English when there is none.
    static QUrl guideUrl(const QString &language);
    // Shows the section with that anchor ("personas", "forgotten-zone"…), or the start.
    void showTopic(const QString &anchor = QString());

    QTextBrowser *browser() const { return mBrowser; }

private:
    QTextBrowser *mBrowser;
    QUrl mGuide;
};

} // namespace Parcours
