package web

import (
	"html/template"
	"math"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"coalition/internal/eu"
	"coalition/internal/initiative"
	"coalition/internal/web/eumap"
)

// coverageMap draws c as a map of Europe in lang, each state coloured by
// the share of its threshold collected so far and labelled with what it
// still lacks. link gives a state's address ("" or nil: no links). The
// SVG comes from eumap, which escapes every text it writes.
func (s *Server) coverageMap(lang string, c initiative.Coverage, opts eumap.Options, link func(code string) string) (template.HTML, error) {
	values := map[string]eumap.State{}
	for _, st := range c.States {
		v := s.mapState(lang, st)
		if link != nil {
			v.Link = link(st.Code)
		}
		values[st.Code] = v
	}
	opts.Lang = lang
	opts.LegendTitle = s.i18n.T(lang, "coverage.map.legend")
	opts.Outside = s.i18n.T(lang, "coverage.map.outside")
	var b strings.Builder
	if err := eumap.Render(&b, values, opts); err != nil {
		return "", err
	}
	return template.HTML(b.String()), nil // #nosec: eumap escapes its texts
}

// mapState is one state on the map: its share collected, labelled with how
// many signatures it still lacks (or its share once it is over), and a
// title with its figures.
func (s *Server) mapState(lang string, st initiative.StateCoverage) eumap.State {
	num := message.NewPrinter(language.Make(lang))
	share := 0.0
	if st.Threshold > 0 {
		share = float64(st.Collected) / float64(st.Threshold)
	}
	v := eumap.State{Share: share}
	if short := st.Threshold - st.Collected; short > 0 {
		v.Label = s.i18n.N(lang, "coverage.map.short", short, "short", num.Sprintf("%d", short))
	}
	m, _ := eu.LookupAny(st.Code)
	v.Title = s.i18n.T(lang, "coverage.map.state_title", "state", m.Name(lang),
		"collected", num.Sprintf("%d", st.Collected), "threshold", num.Sprintf("%d", st.Threshold),
		"percent", num.Sprintf("%d", int(math.Floor(share*100))))
	return v
}
