package web

import (
	"net/http"
	"strconv"
	"time"

	"coalition/internal/i18n"
	"coalition/internal/initiative"
)

// resourcePage is the resources page of an initiative: the table, the
// totals per currency, and the form that adds a resource or, when Editing
// is set, changes that one.
type resourcePage struct {
	In       initiativeView
	Rows     []resourceRow
	Totals   []resourceTotalRow
	Form     form
	Partners []orgOption // the partners of the pipeline the user sees
	Kinds    []orgOption
	Statuses []orgOption
	Manage   bool  // the user may name a source in words
	CanAdd   bool  // the user may record a resource at all
	Editing  int64 // the resource being changed, or 0
	Action   string
	Stale    bool
}

// resourceRow is one resource as the table shows it.
type resourceRow struct {
	ID                int64
	Giver, What, Note string
	Partner           bool // from a partner of the pipeline
	Kind, Status      string
	Received          bool
	Value, On         string
	CanChange         bool
}

// resourceTotalRow is what the resources in one currency add up to.
type resourceTotalRow struct {
	Currency, Pledged, Received string
}

// resourceData gathers the resources page of initiative id with f as the
// state of its form.
func (s *Server) resourceData(r *http.Request, id int64, f form) (resourcePage, error) {
	ctx, lang, actor := r.Context(), i18n.Lang(r.Context()), initiativeActor(r)
	in, _, err := s.inits.Get(ctx, actor, id)
	if err != nil {
		return resourcePage{}, err
	}
	rs, a, err := s.inits.Resources(ctx, actor, id)
	if err != nil {
		return resourcePage{}, err
	}
	es, err := s.inits.Pipeline(ctx, actor, id, initiative.EngagementFilter{})
	if err != nil {
		return resourcePage{}, err
	}
	page := resourcePage{In: s.newInitiativeView(lang, in, time.Now().UTC()), Form: f, Manage: a.CanManage(),
		Action: resourcesPath(id), Kinds: s.resourceKindOptions(lang, f.Values["kind"]),
		Statuses: s.resourceStatusOptions(lang, f.Values["status"])}
	for _, e := range es {
		if initiative.CanChangeResource(a, initiative.Resource{EngagementID: e.ID, PartnerCountry: e.Country}) {
			v := strconv.FormatInt(e.ID, 10)
			page.Partners = append(page.Partners, orgOption{Value: v, Label: e.PartnerName, Selected: v == f.Values["engagement_id"]})
		}
	}
	page.CanAdd = page.Manage || len(page.Partners) > 0
	for _, res := range rs {
		page.Rows = append(page.Rows, s.newResourceRow(lang, a, res))
	}
	for _, t := range initiative.ResourceTotals(rs) {
		page.Totals = append(page.Totals, resourceTotalRow{Currency: t.Currency, Pledged: moneyText(t.Pledged), Received: moneyText(t.Received)})
	}
	return page, nil
}

// newResourceRow labels resource res for lang.
func (s *Server) newResourceRow(lang string, a initiative.Access, res initiative.Resource) resourceRow {
	return resourceRow{ID: res.ID, Giver: res.Giver(), What: res.What, Note: res.Note, Partner: res.EngagementID != 0,
		Kind: s.i18n.T(lang, resourceKindKeys[res.Kind]), Status: s.i18n.T(lang, resourceStatusKeys[res.Status]),
		Received: res.Status == initiative.ResourceReceived, Value: moneyText(res.Value) + " " + res.Currency,
		On: personDayText(res.On), CanChange: initiative.CanChangeResource(a, res)}
}

// resourceKindKeys and resourceStatusKeys name the kinds and states.
var (
	resourceKindKeys = map[string]string{
		initiative.ResourceMoney:  "resource.kind.money",
		initiative.ResourceInKind: "resource.kind.in_kind",
	}
	resourceStatusKeys = map[string]string{
		initiative.ResourcePledged:  "resource.status.pledged",
		initiative.ResourceReceived: "resource.status.received",
	}
)

// resourceKindOptions lists the kinds in lang, sel chosen.
func (s *Server) resourceKindOptions(lang, sel string) []orgOption {
	return s.keyedOptions(lang, sel, []string{initiative.ResourceMoney, initiative.ResourceInKind}, resourceKindKeys)
}

// resourceStatusOptions lists the states in lang, sel chosen.
func (s *Server) resourceStatusOptions(lang, sel string) []orgOption {
	return s.keyedOptions(lang, sel, []string{initiative.ResourcePledged, initiative.ResourceReceived}, resourceStatusKeys)
}

// keyedOptions lists codes with the labels keys name, sel chosen.
func (s *Server) keyedOptions(lang, sel string, codes []string, keys map[string]string) []orgOption {
	out := make([]orgOption, len(codes))
	for i, c := range codes {
		out[i] = orgOption{Value: c, Label: s.i18n.T(lang, keys[c]), Selected: c == sel}
	}
	return out
}

// resourcesPath is the address of an initiative's resources page.
func resourcesPath(id int64) string { return initiativePath(id) + "/resources" }

// resourcePath is the address of one resource's form.
func resourcePath(id, rid int64) string { return resourcesPath(id) + "/" + strconv.FormatInt(rid, 10) }
