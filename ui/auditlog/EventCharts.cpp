#include "ui/auditlog/EventCharts.h"

#include "core/common/Error.h"
#include "core/workspace/RecordQueries.h"

#include "ui/auditlog/AuditLogWorkers.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QMap>
#include <QVBoxLayout>
#include <QValueAxis>

namespace ab {

namespace {
QChartView *makeView(const QString &title, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(150); // two charts still fit a 650-pixel-high window (issue 19)
    return view;
}

// Sums per-day counts per key into buckets (weeks for short spans, months for long ones).
void fill(QChart *chart, const QList<DayCount> &days, const QString &emptyText)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    if (days.isEmpty()) {
        chart->setTitle(chart->title().section(QLatin1Char('\n'), 0, 0) + QLatin1Char('\n') + emptyText);
        return;
    }
    chart->setTitle(chart->title().section(QLatin1Char('\n'), 0, 0));
    QDate first = days.constFirst().day, last = first;
    for (const DayCount &day : days) {
        first = qMin(first, day.day);
        last = qMax(last, day.day);
    }
    const bool monthly = first.daysTo(last) > 120;
    auto bucketOf = [monthly](const QDate &day) {
        return monthly ? QDate(day.year(), day.month(), 1) : day.addDays(1 - day.dayOfWeek());
    };
    QMap<QString, QMap<QDate, qint64>> byKey;
    QMap<QString, qint64> totals;
    for (const DayCount &day : days) {
        const QString key = day.key.isEmpty() ? EventCharts::tr("(none)") : day.key;
        byKey[key][bucketOf(day.day)] += day.count;
        totals[key] += day.count;
    }
    // Buckets without events are zero, not gaps.
    QList<QDate> buckets;
    for (QDate bucket = bucketOf(first); bucket <= last;
         bucket = monthly ? bucket.addMonths(1) : bucket.addDays(7))
        buckets << bucket;
    auto *xAxis = new QDateTimeAxis;
    xAxis->setFormat(monthly ? QStringLiteral("MMM yyyy") : QStringLiteral("dd MMM"));
    xAxis->setTickCount(qMin<int>(int(buckets.size()), monthly ? 7 : 8));
    auto *yAxis = new QValueAxis;
    yAxis->setLabelFormat(QStringLiteral("%d"));
    yAxis->setTitleText(monthly ? EventCharts::tr("events per month") : EventCharts::tr("events per week"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    qint64 maximum = 0;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        auto *series = new QLineSeries;
        series->setName(QStringLiteral("%1 (%2)").arg(it.key()).arg(totals.value(it.key())));
        for (const QDate &bucket : buckets) {
            const qint64 count = it.value().value(bucket);
            maximum = qMax(maximum, count);
            series->append(double(QDateTime(bucket, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()),
                           double(count));
        }
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    yAxis->setRange(0, double(qMax<qint64>(1, maximum)) * 1.1);
    yAxis->applyNiceNumbers();
}
} // namespace

EventCharts::EventCharts(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_byAction = makeView(tr("Enforcement events by action"), this);
    m_byFramework = makeView(tr("Enforcement events by framework"), this);
    layout->addWidget(m_byAction);
    layout->addWidget(m_byFramework);
}

void EventCharts::update(const WorkspaceStore *store, const AuditFilter &filter)
{
    const quint64 generation = ++m_generation;
    AuditFilter enforcement = filter;
    enforcement.categories = {QStringLiteral("enforcement")};
    using Counts = std::pair<QList<DayCount>, QList<DayCount>>;
    const auto countIn = [enforcement](const WorkspaceStore &s) {
        return Counts(s.dailyCounts(enforcement, QStringLiteral("action")),
                      s.dailyCounts(enforcement, QStringLiteral("framework")));
    };
    bool background = false;
    Counts counts;
    try {
        // The largest row id, not COUNT(*): a count walks a whole index (0.07-0.2 s at 1M records).
        background = store && !store->path().isEmpty() &&
                     RecordQueries(store->sqlSession()).rowIdBound() >= m_backgroundThreshold;
        if (store && !background)
            counts = countIn(*store);
    } catch (const std::exception &e) {
        m_counting = false;
        showFailure(errorMessage(e));
        return;
    }
    if (!background) {
        m_counting = false;
        show(counts.first, counts.second);
        return;
    }
    m_counting = true;
    const QString counting = tr("Counting enforcement events…");
    fill(m_byAction->chart(), {}, counting);
    fill(m_byFramework->chart(), {}, counting);
    const QString path = store->path();
    std::function<Counts(Progress *)> work = [path, countIn](Progress *) {
        // Qt Sql connections belong to one thread: the worker reads through its own.
        const auto reader = WorkspaceStore::open(path, WorkspaceStore::OpenMode::ExistingOnly);
        return countIn(*reader);
    };
    runOnAuditLogPool<Counts>(
        this, std::make_shared<TaskProgress>(), work, [this, generation](const TaskOutcome<Counts> &outcome) {
            if (generation != m_generation)
                return; // the filter changed again meanwhile: that update decides
            m_counting = false;
            if (outcome.value)
                show(outcome.value->first, outcome.value->second);
            else
                showFailure(outcome.error.isEmpty() ? tr("the counting was stopped") : outcome.error);
        });
}

void EventCharts::show(const QList<DayCount> &byAction, const QList<DayCount> &byFramework)
{
    const QString none = tr("No enforcement events under the current filter.");
    fill(m_byAction->chart(), byAction, none);
    fill(m_byFramework->chart(), byFramework, none);
    emit updated();
}

void EventCharts::showFailure(const QString &message)
{
    fill(m_byAction->chart(), {}, tr("The workspace could not be read."));
    fill(m_byFramework->chart(), {}, tr("The workspace could not be read."));
    emit readFailed(message);
    emit updated();
}

int EventCharts::seriesCount() const
{
    return int(m_byAction->chart()->series().size() + m_byFramework->chart()->series().size());
}

} // namespace ab
