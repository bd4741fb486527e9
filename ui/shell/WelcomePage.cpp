#include "ui/shell/WelcomePage.h"

#include <QDragEnterEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QUrl>
#include <QVBoxLayout>

namespace ab {

namespace {

QStringList localFiles(const QMimeData *mime)
{
    QStringList paths;
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            return {};
        paths << url.toLocalFile();
    }
    return paths;
}

} // namespace

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    // In a scroll area: the page never sets the window's minimum size.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *body = new QWidget(scroll);
    scroll->setWidget(body);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    auto *title = new QLabel(tr("<h2>Welcome to AuditBench</h2>"), body);
    auto *intro = new QLabel(tr("A workspace holds one engagement's evidence, verifications, packages and "
                                "activity log. Create one, open one, or try the demo workspace first."),
                             body);
    intro->setWordWrap(true);

    auto *newButton = new QPushButton(tr("&New Workspace…"), body);
    newButton->setObjectName(QStringLiteral("welcomeNew"));
    auto *openButton = new QPushButton(tr("&Open Workspace…"), body);
    openButton->setObjectName(QStringLiteral("welcomeOpen"));
    auto *demoButton = new QPushButton(tr("Open the &Demo"), body);
    demoButton->setObjectName(QStringLiteral("welcomeDemo"));
    demoButton->setToolTip(tr("Synthetic evidence with a tampered copy, created on first use"));
    auto *verifyButton = new QPushButton(tr("Verif&y Files Only…"), body);
    verifyButton->setObjectName(QStringLiteral("welcomeVerify"));
    verifyButton->setToolTip(tr("Check the chain of export files without keeping them in a workspace"));
    for (QPushButton *button : {newButton, openButton, demoButton, verifyButton})
        button->setMinimumHeight(button->sizeHint().height() * 3 / 2);

    auto *recentLabel = new QLabel(tr("&Recent workspaces:"), body);
    m_recent = new QListWidget(body);
    m_recent->setObjectName(QStringLiteral("welcomeRecent"));
    m_recent->setMinimumHeight(80);
    recentLabel->setBuddy(m_recent);

    auto *drop = new DropZone(body);

    auto *grid = new QGridLayout(body);
    grid->setContentsMargins(24, 16, 24, 16);
    grid->addWidget(title, 0, 0, 1, 2);
    grid->addWidget(intro, 1, 0, 1, 2);
    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {newButton, openButton, demoButton, verifyButton})
        buttons->addWidget(button);
    buttons->addStretch();
    grid->addLayout(buttons, 2, 0);
    auto *recent = new QVBoxLayout;
    recent->addWidget(recentLabel);
    recent->addWidget(m_recent, 1);
    grid->addLayout(recent, 2, 1);
    grid->addWidget(drop, 3, 0, 1, 2);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(2, 1);

    connect(newButton, &QPushButton::clicked, this, &WelcomePage::newWorkspaceRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openWorkspaceRequested);
    connect(demoButton, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(verifyButton, &QPushButton::clicked, this, &WelcomePage::verifyFilesRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString path = item->data(Qt::UserRole).toString();
        if (!path.isEmpty())
            emit recentRequested(path);
    });
    connect(drop, &DropZone::filesDropped, this, &WelcomePage::filesDropped);
    setRecentWorkspaces({});
}

void WelcomePage::setRecentWorkspaces(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2").arg(QFileInfo(path).fileName(), QFileInfo(path).absolutePath()), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    if (paths.isEmpty()) {
        auto *none = new QListWidgetItem(tr("No recent workspaces"), m_recent);
        none->setFlags(Qt::NoItemFlags);
    } else {
        m_recent->setCurrentRow(0);
    }
}

DropZone::DropZone(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("welcomeDropZone"));
    setAcceptDrops(true);
    setMinimumHeight(90);
    auto *text =
        new QLabel(tr("Drop export files here: you choose whether to create a workspace and import them, "
                      "or only verify their chains without keeping them."),
                   this);
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    setHighlighted(false);
}

void DropZone::setHighlighted(bool on)
{
    setStyleSheet(
        on ? QStringLiteral("#welcomeDropZone { border: 2px dashed palette(highlight); "
                            "border-radius: 8px; background: palette(alternate-base); }")
           : QStringLiteral("#welcomeDropZone { border: 2px dashed palette(mid); border-radius: 8px; }"));
}

void DropZone::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
        setHighlighted(true);
    }
}

void DropZone::dragLeaveEvent(QDragLeaveEvent *event)
{
    setHighlighted(false);
    QFrame::dragLeaveEvent(event);
}

void DropZone::dropEvent(QDropEvent *event)
{
    setHighlighted(false);
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    emit filesDropped(paths);
}

} // namespace ab
