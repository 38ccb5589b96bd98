#include "common/helpdialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parcours {

HelpDialog::HelpDialog(QWidget *parent)
    : QDialog(parent)
    , mBrowser(new QTextBrowser(this))
    // The default locale follows the interface language (app/language.cpp).
    , mGuide(guideUrl(QLocale().name().section(u'_', 0, 0)))
{
    setWindowTitle(tr("Parcours User Guide"));
    setObjectName(u"helpDialog"_s);
    mBrowser->setAccessibleName(tr("User guide"));
    mBrowser->setOpenExternalLinks(true);
    mBrowser->setSearchPaths({u":/help"_s});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *contents = buttons->addButton(tr("&Contents"), QDialogButtonBox::ActionRole);
    QPushButton *back = buttons->addButton(tr("&Back"), QDialogButtonBox::ActionRole);
    back->setEnabled(false);
    connect(contents, &QPushButton::clicked, this, [this] { showTopic(); });
    connect(back, &QPushButton::clicked, mBrowser, &QTextBrowser::backward);
    connect(mBrowser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mBrowser, 1);
    layout->addWidget(buttons);
    resize(760, 640);
    showTopic();
}

QUrl HelpDialog::guideUrl(const QString &language)
{
    const QString path = u":/help/%1/guide.html"_s.arg(language);
    return QUrl(u"qrc"_s + (QFile::exists(path) ? path : u":/help/en/guide.html"_s));
}

void HelpDialog::showTopic(const QString &anchor)
{
    QUrl url = mGuide;
    url.setFragment(anchor.isEmpty() ? QString() : anchor);
    mBrowser->setSource(url);
    if (anchor.isEmpty())
        mBrowser->scrollToAnchor(u"top"_s);
}

} // namespace Parcours
