#include "ui/packages/PackageComparisonDialog.h"

#include "ui/packages/PackageWidgets.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ab {

namespace {

QString shown(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return packageui::PackagesTr::tr("(absent)");
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QLocale().toString(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? packageui::PackagesTr::tr("true") : packageui::PackagesTr::tr("false");
    return QString::fromUtf8(
        QJsonDocument(v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject()))
            .toJson(QJsonDocument::Compact));
}

} // namespace

PackageComparisonDialog::PackageComparisonDialog(const PackageComparison &comparison, const QString &a,
                                                 const QString &b, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("packageComparison"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(packageui::PackagesTr::tr("Re-performance: %1 vs %2").arg(a.left(8), b.left(8)));
    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("comparisonSummary"));
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::PlainText);
    // Names its evidence: both package versions by id and content hash. Stored packages are immutable, so
    // the comparison cannot go stale while it is shown.
    summary->setText(
        packageui::PackagesTr::tr(
            "First: %1, generated %2 by %3, content SHA-256 %4\nSecond: %5, generated %6 by "
            "%7, content SHA-256 %8\n\n%9")
            .arg(packageui::PackagesTr::tr("%1 (package %2)").arg(comparison.left.name, a),
                 comparison.left.generatedAt, comparison.left.generatedBy, comparison.left.contentSha256,
                 packageui::PackagesTr::tr("%1 (package %2)").arg(comparison.right.name, b),
                 comparison.right.generatedAt, comparison.right.generatedBy, comparison.right.contentSha256,
                 comparison.equivalent()
                     ? packageui::PackagesTr::tr("Equivalent: no differences in the compared sections.")
                     : packageui::PackagesTr::tr("%Ln difference(s).", nullptr,
                                                 int(comparison.differences.size()))));
    auto *table = new QTableWidget(int(comparison.differences.size()), 4, this);
    table->setObjectName(QStringLiteral("comparisonDifferences"));
    table->setHorizontalHeaderLabels({packageui::PackagesTr::tr("Section"), packageui::PackagesTr::tr("Path"),
                                      packageui::PackagesTr::tr("First"),
                                      packageui::PackagesTr::tr("Second")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    for (int i = 0; i < comparison.differences.size(); ++i) {
        const PackageDifference &d = comparison.differences.at(i);
        table->setItem(i, 0, new QTableWidgetItem(d.section));
        table->setItem(i, 1, new QTableWidgetItem(d.path));
        table->setItem(i, 2, new QTableWidgetItem(shown(d.left)));
        table->setItem(i, 3, new QTableWidgetItem(shown(d.right)));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *save = buttons->addButton(packageui::PackagesTr::tr("Save as JSON…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    const QByteArray json = comparison.toJson();
    connect(save, &QPushButton::clicked, this, [this, json, a, b]() {
        const QString path =
            QFileDialog::getSaveFileName(this, packageui::PackagesTr::tr("Save the comparison"),
                                         QStringLiteral("comparison-%1-%2.json").arg(a.left(8), b.left(8)),
                                         packageui::PackagesTr::tr("JSON (*.json)"));
        if (path.isEmpty())
            return;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
            const Issue issue = Issue::error(
                Issue::Origin::Export,
                packageui::PackagesTr::tr("%1: cannot be written (%2)").arg(path, file.errorString()));
            emit issuesReported({issue});
        }
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(820, 460);
}

} // namespace ab
