package app

import "github.com/prometheus/client_golang/prometheus"

// poolCollector exports the database connection pool's statistics.
type poolCollector struct {
	db                             statser
	open, inUse, idle, waits, wait *prometheus.Desc
}

func newPoolCollector(db statser) *poolCollector {
	d := func(name, help string) *prometheus.Desc {
		return prometheus.NewDesc("coalition_db_"+name, help, nil, nil)
	}
	return &poolCollector{db: db,
		open:  d("connections_open", "Open database connections."),
		inUse: d("connections_in_use", "Database connections in use."),
		idle:  d("connections_idle", "Idle database connections."),
		waits: d("wait_count_total", "Times a request waited for a free connection."),
		wait:  d("wait_seconds_total", "Time spent waiting for a free connection."),
	}
}

// Describe sends the metric descriptions.
func (c *poolCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{c.open, c.inUse, c.idle, c.waits, c.wait} {
		ch <- d
	}
}

// Collect reads the pool statistics now.
func (c *poolCollector) Collect(ch chan<- prometheus.Metric) {
	s := c.db.Stats()
	ch <- prometheus.MustNewConstMetric(c.open, prometheus.GaugeValue, float64(s.OpenConnections))
	ch <- prometheus.MustNewConstMetric(c.inUse, prometheus.GaugeValue, float64(s.InUse))
	ch <- prometheus.MustNewConstMetric(c.idle, prometheus.GaugeValue, float64(s.Idle))
	ch <- prometheus.MustNewConstMetric(c.waits, prometheus.CounterValue, float64(s.WaitCount))
	ch <- prometheus.MustNewConstMetric(c.wait, prometheus.CounterValue, s.WaitDuration.Seconds())
}
