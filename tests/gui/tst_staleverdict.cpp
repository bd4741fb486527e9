// Results know what they are about (issue 19): the verdict names its evidence (file and SHA-256 prefix) and
// turns stale, grey with "Verify again", the moment an input changes: the evidence list, the keyring, the
// period, or a listed file replaced on disk. Nothing stale is shown green. Copy buttons copy the exact head
// HMAC and result JSON.
#include "TestConfig.h"
#include "core/crypto/Crypto.h"
#include "support/ChainFixture.h"
#include "support/GuiTestSupport.h"
#include "ui/issues/Issue.h"
#include "ui/verification/VerdictBanner.h"
#include "ui/verification/VerificationView.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace ab;

class TestStaleVerdict : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dataDir;
    const QString m_keyring = QStringLiteral(AB_SPEC_VECTORS_DIR "/keyring.json");

    // 12 records one hour apart, sealed with the spec keyring: verified green with it.
    static QByteArray hourlyChain(const QString &reason = {})
    {
        test::ChainFixture fixture;
        QList<QJsonObject> records = fixture.chain(12);
        for (int i = 0; i < records.size(); ++i) {
            records[i][QStringLiteral("timestamp")] =
                QStringLiteral("2025-03-01T%1:00:00Z").arg(i + 8, 2, 10, QLatin1Char('0'));
            if (!reason.isEmpty())
                records[i][QStringLiteral("category")] = reason;
        }
        fixture.relink(records, 0);
        return test::ChainFixture::toJsonArray(records);
    }

    static bool write(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
    }

    static bool runAndWait(VerificationView &view, QPushButton *button)
    {
        QSignalSpy finished(&view, &VerificationView::verificationFinished);
        if (!button || !button->isVisible() || !button->isEnabled())
            return false;
        QTest::mouseClick(button, Qt::LeftButton);
        return finished.wait(30000) || !finished.isEmpty();
    }

    // A view that has verified `path` green with the keyring (period off: the file is the evidence).
    bool verifiedGreen(VerificationView &view, const QString &path)
    {
        view.setFileEvidence(true);
        view.setFiles({path});
        view.setPeriodEnabled(false);
        if (!view.loadKeyring(m_keyring))
            return false;
        view.show();
        return runAndWait(view, view.findChild<QPushButton *>(QStringLiteral("verifyButton"))) &&
               view.banner()->state() == VerdictBanner::State::Verified && !view.isStale();
    }

    static void expectStale(VerificationView &view, const QString &detailStart)
    {
        QCOMPARE(view.banner()->state(), VerdictBanner::State::Stale);
        QVERIFY(view.isStale());
        QCOMPARE(view.banner()->title(),
                 QStringLiteral("Out of date: Verified: chain intact, every MAC verified"));
        QVERIFY2(view.banner()->detail().startsWith(detailStart), qPrintable(view.banner()->detail()));
        QVERIFY(view.banner()->verifyAgainButton()->isVisible());
        // The banner's colours are the grey ones: no green border anywhere in its style.
        QVERIFY(!view.banner()->styleSheet().contains(QStringLiteral("#1e8e3e")));
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings(m_settingsDir);
        qRegisterMetaType<ab::VerificationResult>();
        qRegisterMetaType<QList<ab::Issue>>();
    }

    void verdictNamesItsEvidence()
    {
        const QString path = m_dataDir.filePath(QStringLiteral("named.json"));
        QVERIFY(write(path, hourlyChain()));
        VerificationView view;
        QVERIFY(verifiedGreen(view, path));
        const QString sha = crypto::sha256Hex(hourlyChain());
        QCOMPARE(view.banner()->evidence(),
                 QStringLiteral("Evidence: named.json (SHA-256 %1…)").arg(sha.left(12)));
        QVERIFY(!view.banner()->verifyAgainButton()->isVisible());
    }

    void addingAFileMakesItStaleAndVerifyAgainClears()
    {
        const QString path = m_dataDir.filePath(QStringLiteral("first.json"));
        const QString other = m_dataDir.filePath(QStringLiteral("second.json"));
        QVERIFY(write(path, hourlyChain()));
        QVERIFY(write(other, hourlyChain(QStringLiteral("other"))));
        VerificationView view;
        QVERIFY(verifiedGreen(view, path));
        view.addFiles({other});
        expectStale(view, QStringLiteral("The evidence files changed since this result was computed"));
        // Verify again runs the inputs now chosen: two chains of 12 in one input fork, so it is red, current.
        QVERIFY(runAndWait(view, view.banner()->verifyAgainButton()));
        QVERIFY(!view.isStale());
        QCOMPARE(view.banner()->state(), VerdictBanner::State::Failed);
        QVERIFY(view.banner()->evidence().contains(QStringLiteral("second.json (SHA-256 ")));
        QVERIFY(!view.banner()->verifyAgainButton()->isVisible());
    }

    void forgettingTheKeyringMakesItStale()
    {
        const QString path = m_dataDir.filePath(QStringLiteral("keys.json"));
        QVERIFY(write(path, hourlyChain()));
        VerificationView view;
        QVERIFY(verifiedGreen(view, path));
        view.clearKeyring();
        expectStale(view, QStringLiteral("The keyring changed"));
        // Loading it again is a change too: the result stays stale until verified again.
        QVERIFY(view.loadKeyring(m_keyring));
        QCOMPARE(view.banner()->state(), VerdictBanner::State::Stale);
    }

    void changingThePeriodMakesItStale()
    {
        const QString path = m_dataDir.filePath(QStringLiteral("period.json"));
        QVERIFY(write(path, hourlyChain()));
        VerificationView view;
        QVERIFY(verifiedGreen(view, path));
        view.findChild<QDateTimeEdit *>(QStringLiteral("periodEnd"))
            ->setDateTime(QDateTime(QDate(2025, 6, 30), QTime(0, 0), Qt::UTC));
        expectStale(view, QStringLiteral("The examination period changed"));
    }

    void replacingTheFileOnDiskMakesItStale()
    {
        const QString path = m_dataDir.filePath(QStringLiteral("replaced.json"));
        QVERIFY(write(path, hourlyChain()));
        VerificationView view;
        QVERIFY(verifiedGreen(view, path));
        QTest::qWait(50);
        QVERIFY(write(path, hourlyChain(QStringLiteral("tampered"))));
        QTRY_COMPARE_WITH_TIMEOUT(view.banner()->state(), VerdictBanner::State::Stale, 5000);
        expectStale(view, QStringLiteral("The file replaced.json on disk changed"));
        // A second replacement (the watch re-armed) keeps it stale; verifying again shows the new bytes.
        QVERIFY(runAndWait(view, view.banner()->verifyAgainButton()));
        QCOMPARE(view.banner()->evidence(),
                 QStringLiteral("Evidence: replaced.json (SHA-256 %1…)")
                     .arg(crypto::sha256Hex(hourlyChain(QStringLiteral("tampered"))).left(12)));
        QVERIFY(write(path, hourlyChain()));
        QTRY_VERIFY_WITH_TIMEOUT(view.isStale(), 5000);
    }

    void copyButtonsCopyTheExactValues()
    {
        const QString path = m_dataDir.filePath(QStringLiteral("copy.json"));
        QVERIFY(write(path, hourlyChain()));
        VerificationView view;
        view.setAnchor(QString::fromLatin1(ChainVerifier::GenesisHmac));
        QVERIFY(verifiedGreen(view, path));
        const VerificationResult &result = *view.lastResult();
        QVERIFY(result.headHmac && result.anchor);
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("copyHeadHmac")), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), *result.headHmac);
        QCOMPARE(QGuiApplication::clipboard()->text().size(), 64);
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("copyAnchor")), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromLatin1(ChainVerifier::GenesisHmac));
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("copyResultJson")), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text().toUtf8(), result.toJson());
    }
};

QTEST_MAIN(TestStaleVerdict)
#include "tst_staleverdict.moc"
