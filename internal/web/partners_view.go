package web

import (
	"strconv"

	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"coalition/internal/initiative"
	"coalition/internal/vocab"
)

// partnersPage is the data of partners_show.html.
type partnersPage struct {
	In     initiativeView
	Query  partnersQuery
	Topics []orgOption
	Rows   []partnerRow
	KError string    // why the budget was refused, translated
	Plan   *planView // nil when the budget was refused
	Back   string    // the page's query, for the forms to come back to
}

// partnerRow is one suggested organization; Added once it is in the
// pipeline. It carries what its add form needs, so that htmx can swap the
// row alone.
type partnerRow struct {
	InitiativeID int64
	OrgID        int64
	Name         string
	Place        string // member state and level, in the UI language
	Reasons      []string
	CanAdd       bool
	Added        bool
	CSRF, Back   string
}

// partnerRows writes out the suggestions in lang.
func (s *Server) partnerRows(lang string, ss []initiative.Suggestion, a initiative.Access, csrf string, id int64, back string) []partnerRow {
	out := make([]partnerRow, len(ss))
	for i, sg := range ss {
		out[i] = s.newPartnerRow(lang, sg, a, csrf, id, back)
	}
	return out
}

// newPartnerRow writes out one suggestion in lang.
func (s *Server) newPartnerRow(lang string, sg initiative.Suggestion, a initiative.Access, csrf string, id int64, back string) partnerRow {
	row := partnerRow{InitiativeID: id, OrgID: sg.Org.ID, Name: sg.Org.Name, CSRF: csrf, Back: back,
		CanAdd: a.CanWorkOn(engagementCountry(sg.Org.Country))}
	row.Place = countryName(lang, sg.Org.Country)
	if sg.Org.Level != "" {
		row.Place += " · " + termLabel(vocab.Level, sg.Org.Level, lang)
	}
	for _, why := range sg.Reasons {
		row.Reasons = append(row.Reasons, why.Text(s.i18n, lang))
	}
	return row
}

// planView is the planner's proposal written out in the UI language.
type planView struct {
	ID                        int64 // the initiative's
	K                         int
	Picks                     []planPickView
	StatesBefore, StatesAfter int
	TopScored                 int // states over with the k best-scored suggestions instead
	TotalBefore, TotalAfter   string
	States                    []planStateView
	Model                     []string // the capacity model, one line per level
	Rate                      int      // the default delivery rate, in percent
	OrgIDs                    []int64
	CanAdd                    bool
	CSRF, Back                string
	Pool                      int
}

// planPickView is one partner of the plan and what it adds.
type planPickView struct {
	partnerRow
	State      string // member state it collects in
	Capacity   int
	CapacityS  string
	Closes     bool
	StatesOver int
	Total      string
}

// planStateView is a member state the plan changes.
type planStateView struct {
	Code, Name            string
	Before, After         string
	OverBefore, OverAfter bool
}

// newPlanView writes out p in lang.
func (s *Server) newPlanView(lang string, p initiative.Plan, a initiative.Access, csrf string, id int64, back string) *planView {
	num := message.NewPrinter(language.Make(lang))
	d := func(n int) string { return num.Sprintf("%d", n) }
	v := &planView{ID: id, K: p.K, StatesBefore: p.Before.StatesOver, StatesAfter: p.After.StatesOver, TopScored: p.TopScored.StatesOver,
		TotalBefore: d(p.Before.Total), TotalAfter: d(p.After.Total), Rate: int(p.Model.DeliveryRate*100 + 0.5),
		CanAdd: a.CanManage(), CSRF: csrf, Back: back, Pool: p.Pool, Model: s.modelLines(lang, p.Model)}
	for _, pk := range p.Picks {
		v.Picks = append(v.Picks, planPickView{partnerRow: s.newPartnerRow(lang, pk.Suggestion, a, csrf, id, back),
			State: countryName(lang, pk.Country), Capacity: pk.Capacity, CapacityS: d(pk.Capacity), Closes: pk.Closes,
			StatesOver: pk.After.StatesOver, Total: d(pk.After.Total)})
		v.OrgIDs = append(v.OrgIDs, pk.Org.ID)
	}
	for _, st := range p.States {
		v.States = append(v.States, planStateView{Code: st.Code, Name: countryName(lang, st.Code),
			Before: d(st.Before), After: d(st.After), OverBefore: st.OverBefore, OverAfter: st.OverAfter})
	}
	return v
}

// modelLines says the capacity model in lang, one line per level.
func (s *Server) modelLines(lang string, m initiative.CapacityModel) []string {
	num := message.NewPrinter(language.Make(lang))
	out := make([]string, 0, len(m.Rules))
	for _, r := range m.Rules {
		level := s.i18n.T(lang, "partners.model.no_level")
		if r.Level != "" {
			level = termLabel(vocab.Level, r.Level, lang)
		}
		out = append(out, s.i18n.T(lang, "partners.model.rule", "level", level,
			"members", strconv.FormatFloat(r.MemberPercent, 'f', -1, 64),
			"audience", strconv.FormatFloat(r.AudiencePermille, 'f', -1, 64),
			"floor", num.Sprintf("%d", r.Floor), "cap", num.Sprintf("%d", r.Cap)))
	}
	return out
}
