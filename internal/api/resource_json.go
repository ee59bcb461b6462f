package api

import (
	"fmt"
	"time"

	"coalition/internal/initiative"
)

// resourceFields are what a client writes of a resource. Value is a decimal
// string in units of the currency ("1500" or "1500.50"); on is YYYY-MM-DD.
type resourceFields struct {
	EngagementID int64  `json:"engagement_id,omitempty"`
	Source       string `json:"source,omitempty"`
	What         string `json:"what"`
	Kind         string `json:"kind"`
	Value        string `json:"value"`
	Currency     string `json:"currency"`
	Status       string `json:"status"`
	On           string `json:"on"`
	Note         string `json:"note,omitempty"`
	Version      int64  `json:"version,omitempty"`
}

// resourceJSON is a resource as the API shows it.
type resourceJSON struct {
	ID           int64 `json:"id"`
	InitiativeID int64 `json:"initiative_id"`
	resourceFields
	PartnerName string    `json:"partner_name,omitempty"`
	CreatedAt   time.Time `json:"created_at"`
	UpdatedAt   time.Time `json:"updated_at"`
}

// resourceTotalJSON is what the resources in one currency add up to.
type resourceTotalJSON struct {
	Currency string `json:"currency"`
	Pledged  string `json:"pledged"`
	Received string `json:"received"`
}

// resourceListJSON is an initiative's resources and their totals.
type resourceListJSON struct {
	Items  []resourceJSON      `json:"items"`
	Totals []resourceTotalJSON `json:"totals"`
}

// resource converts the fields, naming the field of a day or an amount that
// is not one.
func (in resourceFields) resource() (initiative.Resource, error) {
	r := initiative.Resource{EngagementID: in.EngagementID, Source: in.Source, What: in.What, Kind: in.Kind,
		Currency: in.Currency, Status: in.Status, Note: in.Note, Version: in.Version}
	var err error
	if r.On, err = parseDay("on", in.On); err != nil {
		return r, err
	}
	r.Value, err = parseMoney("value", in.Value)
	return r, err
}

// amountJSON writes cents as a decimal string with two decimals.
func amountJSON(cents int64) string {
	return fmt.Sprintf("%d.%02d", cents/100, cents%100)
}

func newResourceJSON(r initiative.Resource) resourceJSON {
	return resourceJSON{ID: r.ID, InitiativeID: r.InitiativeID, PartnerName: r.PartnerName, CreatedAt: r.CreatedAt, UpdatedAt: r.UpdatedAt,
		resourceFields: resourceFields{EngagementID: r.EngagementID, Source: r.Source, What: r.What, Kind: r.Kind,
			Value: amountJSON(r.Value), Currency: r.Currency, Status: r.Status, On: dateJSON(r.On), Note: r.Note, Version: r.Version}}
}

func newResourceListJSON(rs []initiative.Resource) resourceListJSON {
	out := resourceListJSON{Items: make([]resourceJSON, 0, len(rs)), Totals: []resourceTotalJSON{}}
	for _, r := range rs {
		out.Items = append(out.Items, newResourceJSON(r))
	}
	for _, t := range initiative.ResourceTotals(rs) {
		out.Totals = append(out.Totals, resourceTotalJSON{Currency: t.Currency, Pledged: amountJSON(t.Pledged), Received: amountJSON(t.Received)})
	}
	return out
}
