#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace ab {

struct VerificationResult;

// The verdict of a verification in states no one can confuse: each has its own colour, its own icon shape
// (check, exclamation triangle, cross) and its own words, so it reads the same in grey-scale. Green only when
// the chain is valid, every MAC verified and the coverage complete (docs/spec/chain.md "Coverage"); an
// intact chain that leaves gaps or part of the period uncovered is amber and says where.
class VerdictBanner : public QFrame
{
    Q_OBJECT
public:
    enum class State
    {
        Empty,
        Running,
        Verified,
        Incomplete, // valid and every MAC verified, but coverage.complete is false
        LinkageOnly,
        Failed,
        Unusable,
        Stale // a result is shown, but an input changed since: grey, never green, with "Verify again"
    };
    Q_ENUM(State)

    explicit VerdictBanner(QWidget *parent = nullptr);

    void showResult(const VerificationResult &result);
    void showRunning();
    void showUnusable(const QString &message);
    // Greys out the verdict shown: `what` (e.g. "the keyring") changed since it was computed. The title
    // keeps the earlier verdict's words after "Out of date", so no one reads it as current.
    void showStale(const QString &what);
    void clear();
    // The evidence the verdict is about (files with SHA-256 prefixes, or the workspace and run id); shown
    // under the verdict, kept while stale, cleared by clear().
    void setEvidence(const QString &text);
    QString evidence() const;
    QPushButton *verifyAgainButton() const { return m_verifyAgain; }

    State state() const { return m_state; }
    QString title() const;
    QString detail() const;

    static State stateOf(const VerificationResult &result);
    // What the coverage leaves out, in words ("no evidence from A to B (starts late); 2 gaps longer than
    // 24 h"); empty when complete.
    static QString coverageShortfall(const VerificationResult &result);
    static QPixmap icon(State state, int size);

signals:
    void verifyAgainRequested();

private:
    void apply(State state, const QString &title, const QString &detail);

    State m_state = State::Empty;
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_evidence = nullptr;
    QPushButton *m_verifyAgain = nullptr;
    QString m_verdictTitle; // the title of the verdict last shown, for the stale title
};

} // namespace ab
