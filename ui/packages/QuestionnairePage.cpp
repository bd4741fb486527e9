#include "ui/packages/QuestionnairePage.h"

#include "core/common/Error.h"
#include "core/report/PackageReport.h"
#include "core/workspace/WorkspaceStore.h"
#include "ui/packages/EvidenceTree.h"
#include "ui/packages/PackageWidgets.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ab {

QuestionnairePage::QuestionnairePage(QWidget *parent) : QWidget(parent)
{
    auto *vsqLayout = new QVBoxLayout(this);
    auto *nav = new QHBoxLayout;
    auto *previous = new QPushButton(packageui::PackagesTr::tr("◀ Previous"), this);
    previous->setObjectName(QStringLiteral("vsqPrevious"));
    auto *next = new QPushButton(packageui::PackagesTr::tr("Next ▶"), this);
    next->setObjectName(QStringLiteral("vsqNext"));
    m_position = new QLabel(this);
    m_position->setObjectName(QStringLiteral("vsqPosition"));
    m_category = new QLabel(this);
    QFont bold = m_category->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_category->setFont(bold);
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("vsqProgress"));
    nav->addWidget(m_category, 1);
    nav->addWidget(m_progress);
    nav->addWidget(m_position);
    nav->addWidget(previous);
    nav->addWidget(next);
    vsqLayout->addLayout(nav);
    m_question = new QLabel(this);
    m_question->setWordWrap(true);
    m_question->setStyleSheet(QStringLiteral("color: palette(dark); font-style: italic;"));
    vsqLayout->addWidget(m_question);
    m_answerText = new QLabel(this);
    m_answerText->setObjectName(QStringLiteral("vsqAnswer"));
    m_answerText->setWordWrap(true);
    m_answerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_answerText->setFrameShape(QFrame::StyledPanel);
    m_answerText->setMargin(8);
    vsqLayout->addWidget(m_answerText);
    vsqLayout->addWidget(
        new QLabel(packageui::PackagesTr::tr(
                       "Evidence (double-click an item with an id to look for it in the audit log):"),
                   this));
    m_evidence = new EvidenceTree(this);
    vsqLayout->addWidget(m_evidence, 1);
    auto *verdictBox = new QGroupBox(packageui::PackagesTr::tr("Auditor's verdict"), this);
    auto *verdictLayout = new QGridLayout(verdictBox);
    m_verdict = new QButtonGroup(verdictBox);
    const QList<QPair<QString, QString>> verdicts = {
        {QStringLiteral("agree"), packageui::PackagesTr::tr("&Agree")},
        {QStringLiteral("exception"), packageui::PackagesTr::tr("E&xception")},
        {QStringLiteral("not_applicable"), packageui::PackagesTr::tr("&Not applicable")}};
    for (int i = 0; i < verdicts.size(); ++i) {
        auto *radio = new QRadioButton(verdicts[i].second, verdictBox);
        radio->setObjectName(QStringLiteral("verdict_") + verdicts[i].first);
        radio->setProperty("verdict", verdicts[i].first);
        m_verdict->addButton(radio, i);
        verdictLayout->addWidget(radio, 0, i);
    }
    m_comment = new QPlainTextEdit(verdictBox);
    m_comment->setObjectName(QStringLiteral("verdictComment"));
    m_comment->setPlaceholderText(packageui::PackagesTr::tr("Comment (required for an exception)"));
    m_comment->setMaximumHeight(70);
    verdictLayout->addWidget(m_comment, 1, 0, 1, 4);
    auto *save = new QPushButton(packageui::PackagesTr::tr("&Save verdict"), verdictBox);
    save->setObjectName(QStringLiteral("saveVerdict"));
    m_verdictState = new QLabel(verdictBox);
    m_verdictState->setObjectName(QStringLiteral("verdictState"));
    verdictLayout->addWidget(m_verdictState, 2, 0, 1, 3);
    verdictLayout->addWidget(save, 2, 3);
    verdictLayout->setColumnStretch(3, 1);
    vsqLayout->addWidget(verdictBox);

    connect(previous, &QPushButton::clicked, this, [this]() { showAnswer(m_answer - 1); });
    connect(next, &QPushButton::clicked, this, [this]() { showAnswer(m_answer + 1); });
    connect(save, &QPushButton::clicked, this, [this]() {
        QAbstractButton *checked = m_verdict->checkedButton();
        if (checked)
            saveVerdict(checked->property("verdict").toString(), m_comment->toPlainText());
        else
            m_verdictState->setText(
                packageui::PackagesTr::tr("Choose agree, exception or not applicable first."));
    });
    connect(m_evidence, &EvidenceTree::recordRequested, this, &QuestionnairePage::recordRequested);
    // The progress line counts the draft being typed as soon as it differs from what is saved.
    connect(m_comment, &QPlainTextEdit::textChanged, this, [this]() {
        if (m_answerShown)
            updateProgress();
    });
    connect(m_verdict, &QButtonGroup::buttonToggled, this, [this]() {
        if (m_answerShown)
            updateProgress();
    });
}

void QuestionnairePage::setPackage(WorkspaceStore *store, const QString &packageId,
                                   const QJsonObject &package)
{
    keepDraft(); // before the package (and its answers) go
    m_answerShown = false;
    m_store = store;
    m_storeKey = store ? store->path() : QString();
    m_packageId = packageId;
    m_package = package;
    const QString agent = package.value(QStringLiteral("agent_name")).toString();
    m_packageLabel =
        agent.isEmpty() ? packageId.left(8) : QStringLiteral("%1 (%2)").arg(agent, packageId.left(8));
}

QJsonArray QuestionnairePage::answers() const
{
    return m_package.value(QStringLiteral("vsq")).toObject().value(QStringLiteral("answers")).toArray();
}

int QuestionnairePage::answerCount() const
{
    return int(answers().size());
}

QString QuestionnairePage::draftKey(int answer) const
{
    const QJsonArray all = answers();
    if (answer < 0 || answer >= all.size())
        return {};
    return m_storeKey + QLatin1Char('\n') + m_packageId + QLatin1Char('\n') +
           PackageReport::answerKey(all.at(answer).toObject());
}

void QuestionnairePage::keepDraft()
{
    if (!m_answerShown)
        return;
    const QString key = draftKey(m_answer);
    if (key.isEmpty())
        return;
    if (draftShown())
        m_drafts.insert(key, shownDraft());
    else
        m_drafts.remove(key);
}

QuestionnairePage::Draft QuestionnairePage::shownDraft() const
{
    const QJsonArray all = answers();
    const QString answerKey =
        m_answer < all.size() ? PackageReport::answerKey(all.at(m_answer).toObject()) : QString();
    return {verdictShown(), commentShown(), m_packageId, answerKey, m_packageLabel};
}

bool QuestionnairePage::Draft::savable() const
{
    // What the Save verdict button refuses cannot be saved on the way out either.
    return !verdict.isEmpty() && !(verdict == QLatin1String("exception") && comment.trimmed().isEmpty());
}

QHash<QString, QuestionnairePage::Draft> QuestionnairePage::currentDrafts() const
{
    QHash<QString, Draft> drafts;
    if (!m_store)
        return drafts;
    const QString prefix = m_storeKey + QLatin1Char('\n');
    for (auto it = m_drafts.constBegin(); it != m_drafts.constEnd(); ++it) {
        if (it.key().startsWith(prefix))
            drafts.insert(it.key(), it.value());
    }
    if (const QString key = m_answerShown ? draftKey(m_answer) : QString(); !key.isEmpty()) {
        if (draftShown())
            drafts.insert(key, shownDraft());
        else
            drafts.remove(key);
    }
    return drafts;
}

QList<UnsavedDrafts> QuestionnairePage::unsavedDrafts() const
{
    QList<UnsavedDrafts> groups;
    QHash<QString, int> byPackage; // package id -> index in groups
    const QHash<QString, Draft> drafts = currentDrafts();
    QStringList keys = drafts.keys();
    keys.sort(); // the same order every time
    for (const QString &key : keys) {
        const Draft &d = drafts[key];
        auto found = byPackage.constFind(d.packageId);
        if (found == byPackage.constEnd()) {
            found = byPackage.insert(d.packageId, int(groups.size()));
            groups.append({UnsavedDrafts::Kind::QuestionnaireAnswers, d.packageLabel, 0, 0});
        }
        UnsavedDrafts &group = groups[*found];
        (d.savable() ? group.savable : group.incomplete) += 1;
    }
    return groups;
}

bool QuestionnairePage::saveDrafts()
{
    if (!m_store)
        return true;
    keepDraft();
    const QHash<QString, Draft> drafts = currentDrafts();
    bool saved = true;
    for (auto it = drafts.constBegin(); it != drafts.constEnd(); ++it) {
        if (it->savable()) {
            try {
                m_store->addVerdict(it->packageId, it->answerKey, it->verdict, it->comment.trimmed());
            } catch (...) {
                emit issuesReported({Issue::error(Issue::Origin::Workspace,
                                                  packageui::PackagesTr::tr("The verdict was not saved: %1")
                                                      .arg(errorMessage(std::current_exception())))});
                saved = false;
                continue; // kept: the auditor still has it
            }
        }
        m_drafts.remove(it.key()); // stored, or incomplete and discarded as the prompt said
    }
    m_answerShown = false; // what is on screen is now stored (or discarded): shown again from the store
    showAnswer(m_answer);
    return saved;
}

void QuestionnairePage::discardDrafts()
{
    m_drafts.clear();
    m_answerShown = false;
    showAnswer(m_answer);
}

bool QuestionnairePage::draftShown() const
{
    // What is on screen is a draft as soon as it differs from what is saved (kept when the auditor moves on).
    return m_answerShown &&
           (verdictShown() != m_savedVerdict || commentShown().trimmed() != m_savedComment.trimmed());
}

int QuestionnairePage::draftCount() const
{
    int count = 0;
    const int total = answerCount();
    for (int answer = 0; answer < total; ++answer) {
        const bool onScreen = m_answerShown && answer == m_answer;
        if (onScreen ? draftShown() : m_drafts.contains(draftKey(answer)))
            ++count;
    }
    return count;
}

QString QuestionnairePage::progressText() const
{
    const int total = answerCount();
    if (total == 0)
        return {};
    QString text = packageui::PackagesTr::tr("%1 of %Ln answer(s) reviewed", nullptr, total).arg(m_reviewed);
    if (const int drafts = draftCount(); drafts > 0)
        text += packageui::PackagesTr::tr("; %Ln unsaved draft(s)", nullptr, drafts);
    return text;
}

void QuestionnairePage::updateProgress()
{
    m_progress->setText(progressText());
}

void QuestionnairePage::showAnswer(int index)
{
    keepDraft(); // what was typed on the answer being left
    const QJsonArray all = answers();
    m_evidence->clear();
    m_answerShown = false;
    m_savedVerdict.clear();
    m_savedComment.clear();
    m_reviewed = 0;
    if (all.isEmpty()) {
        m_answer = 0;
        m_progress->clear();
        m_position->clear();
        m_category->setText(packageui::PackagesTr::tr("No questionnaire"));
        m_question->clear();
        m_answerText->clear();
        m_verdictState->clear();
        return;
    }
    m_answer = qBound(0, index, int(all.size()) - 1);
    const QJsonObject answer = all.at(m_answer).toObject();
    m_position->setText(packageui::PackagesTr::tr("Answer %1 of %2").arg(m_answer + 1).arg(all.size()));
    m_category->setText(packageui::PackagesTr::tr("%1 — CCM %2")
                            .arg(answer.value(QStringLiteral("category")).toString(),
                                 packageui::joined(answer.value(QStringLiteral("ccm_ids")))));
    m_question->setText(answer.value(QStringLiteral("question")).toString());
    m_answerText->setText(answer.value(QStringLiteral("answer")).toString());
    m_evidence->showAnswer(answer);

    const QSignalBlocker blocker(m_verdict);
    m_verdict->setExclusive(false);
    for (QAbstractButton *button : m_verdict->buttons())
        button->setChecked(false);
    m_verdict->setExclusive(true);
    m_comment->clear();
    QString state = packageui::PackagesTr::tr("No verdict yet.");
    if (m_store) {
        const QMap<QString, VsqVerdict> verdicts = m_store->latestVerdicts(m_packageId);
        for (const QJsonValue &each : all)
            m_reviewed += verdicts.contains(PackageReport::answerKey(each.toObject())) ? 1 : 0;
        const auto found = verdicts.find(PackageReport::answerKey(answer));
        if (found != verdicts.end()) {
            m_savedVerdict = found->verdict;
            m_savedComment = found->comment;
            state = packageui::PackagesTr::tr("Saved by %1 at %2.").arg(found->user, found->at);
        }
    }
    const auto draft = m_drafts.constFind(draftKey(m_answer));
    const QString verdict = draft != m_drafts.constEnd() ? draft->verdict : m_savedVerdict;
    for (QAbstractButton *button : m_verdict->buttons())
        button->setChecked(!verdict.isEmpty() && button->property("verdict").toString() == verdict);
    m_comment->setPlainText(draft != m_drafts.constEnd() ? draft->comment : m_savedComment);
    if (draft != m_drafts.constEnd())
        state = packageui::PackagesTr::tr("Draft, not saved yet: Save verdict stores it. (%1)").arg(state);
    m_verdictState->setText(state);
    m_answerShown = true;
    updateProgress();
}

bool QuestionnairePage::saveVerdict(const QString &verdict, const QString &comment)
{
    const QJsonArray all = answers();
    if (!m_store || m_answer >= all.size())
        return false;
    if (verdict == QLatin1String("exception") && comment.trimmed().isEmpty()) {
        m_verdictState->setText(
            packageui::PackagesTr::tr("An exception needs a comment saying what is wrong."));
        return false;
    }
    try {
        m_store->addVerdict(m_packageId, PackageReport::answerKey(all.at(m_answer).toObject()), verdict,
                            comment.trimmed());
        m_drafts.remove(draftKey(m_answer));
        m_answerShown = false; // saved: nothing on screen to keep as a draft
    } catch (...) {
        const Issue issue =
            Issue::error(Issue::Origin::Workspace, packageui::PackagesTr::tr("The verdict was not saved: %1")
                                                       .arg(errorMessage(std::current_exception())));
        emit issuesReported({issue});
        return false;
    }
    showAnswer(m_answer);
    return true;
}

QString QuestionnairePage::verdictShown() const
{
    QAbstractButton *checked = m_verdict->checkedButton();
    return checked ? checked->property("verdict").toString() : QString();
}

QString QuestionnairePage::commentShown() const
{
    return m_comment->toPlainText();
}

} // namespace ab
