#include "workspace/welcomepage.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

QCommandLinkButton *linkButton(const QString &icon, const QString &title,
                               const QString &description)
{
    auto *button = new QCommandLinkButton(title, description);
    button->setIcon(QIcon(icon));
    button->setIconSize(QSize(32, 32));
    button->setAccessibleDescription(description);
    return button;
}

QLabel *heading(const QString &text)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}

} // namespace

QList<WelcomePage::Template> WelcomePage::templates()
{
    return {
        {u"saas"_s, RetentionType::Continuous, tr("Subscription (continuous retention)"),
         tr("Software or a service paid monthly or yearly: customers stay while they keep "
            "using it."),
         tr("Subscription product"), u":/icons/retention-continuous.svg"_s},
        {u"seasonal"_s, RetentionType::Discontinuous, tr("Seasonal (discontinuous retention)"),
         tr("Customers come back with the seasons, events or periods of their year."),
         tr("Seasonal business"), u":/icons/retention-seasonal.svg"_s},
        {u"service"_s, RetentionType::Intentional, tr("Service (intentional retention)"),
         tr("A time-boxed engagement, a service or retail: each renewal is a new sale."),
         tr("Service business"), u":/icons/retention-service.svg"_s},
    };
}

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , mRecent(new QListWidget)
{
    setObjectName(u"welcomePage"_s);
    setAccessibleName(tr("Welcome"));

    auto *logo = new QLabel;
    logo->setPixmap(QIcon(u":/icons/parcours.svg"_s).pixmap(64, 64));
    logo->setAccessibleName(tr("Parcours logo"));
    auto *title
        = new QLabel(u"<span style='font-size:x-large; font-weight:600'>Parcours</span><br>"_s
                     + tr("Customer journeys and use-case maps, for workshops and "
                          "posters."));
    title->setTextFormat(Qt::RichText);
    auto *header = new QHBoxLayout;
    header->addWidget(logo);
    header->addWidget(title, 1);

    // Start: empty, open, sample.
    auto *start = new QVBoxLayout;
    start->addWidget(heading(tr("Start")));
    QCommandLinkButton *newButton
        = linkButton(u":/icons/document-new.svg"_s, tr("&New empty workspace"),
                     tr("Personas, use-case maps and journeys, from a blank page."));
    connect(newButton, &QAbstractButton::clicked, this, &WelcomePage::newWorkspaceRequested);
    QCommandLinkButton *openButton
        = linkButton(u":/icons/document-open.svg"_s, tr("&Open a workspace…"),
                     tr("A .parcours file on this computer or a shared drive."));
    connect(openButton, &QAbstractButton::clicked, this, &WelcomePage::openRequested);
    QCommandLinkButton *sampleButton = linkButton(
        u":/icons/application-x-parcours-workspace.svg"_s, tr("Explore the &sample workspace"),
        tr("HomeFinder: personas in and out of the forgotten zone, and a "
           "journey to print."));
    connect(sampleButton, &QAbstractButton::clicked, this, &WelcomePage::sampleRequested);
    for (QCommandLinkButton *b : {newButton, openButton, sampleButton})
        start->addWidget(b);

    start->addSpacing(12);
    start->addWidget(heading(tr("Start from a template")));
    for (const Template &t : templates()) {
        QCommandLinkButton *button = linkButton(t.icon, t.title, t.description);
        button->setObjectName(u"template_"_s + t.key);
        connect(button, &QAbstractButton::clicked, this,
                [this, key = t.key] { emit templateRequested(key); });
        start->addWidget(button);
    }
    start->addStretch(1);

    // Recent files.
    auto *recent = new QVBoxLayout;
    QLabel *recentLabel = heading(tr("&Recent workspaces"));
    recentLabel->setBuddy(mRecent);
    recent->addWidget(recentLabel);
    mRecent->setObjectName(u"recentFiles"_s);
    mRecent->setAccessibleName(tr("Recent workspaces"));
    mRecent->setIconSize(QSize(32, 32));
    mRecent->setWordWrap(true);
    mRecent->setSpacing(2);
    connect(mRecent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString path = item->data(Qt::UserRole).toString();
        if (!path.isEmpty())
            emit recentFileRequested(path);
    });
    recent->addWidget(mRecent, 1);
    auto *hint = new QLabel(tr("Press F1 for the user guide."));
    hint->setEnabled(false);
    recent->addWidget(hint);

    auto *columns = new QHBoxLayout;
    columns->addLayout(start, 3);
    columns->addSpacing(24);
    columns->addLayout(recent, 2);

    auto *inner = new QWidget;
    inner->setMaximumWidth(1000);
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->addLayout(header);
    innerLayout->addSpacing(16);
    innerLayout->addLayout(columns, 1);

    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(24, 24, 24, 24);
    outer->addStretch(0);
    outer->addWidget(inner, 1);
    outer->addStretch(0);
    setRecentFiles({});
}

void WelcomePage::setRecentFiles(const QStringList &paths)
{
    mRecent->clear();
    const QIcon icon(u":/icons/application-x-parcours-workspace.svg"_s);
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists())
            continue;
        auto *item = new QListWidgetItem(
            icon, info.completeBaseName() + u'\n' + QDir::toNativeSeparators(info.absolutePath()));
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        item->setData(Qt::AccessibleTextRole, info.completeBaseName());
        item->setData(Qt::AccessibleDescriptionRole, QDir::toNativeSeparators(path));
        mRecent->addItem(item);
    }
    if (mRecent->count() == 0) {
        auto *item = new QListWidgetItem(tr("No recent workspaces yet."));
        item->setFlags(Qt::NoItemFlags);
        mRecent->addItem(item);
    } else {
        mRecent->setCurrentRow(0);
    }
}

} // namespace Parcours
