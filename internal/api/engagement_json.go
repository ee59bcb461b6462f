package api

import (
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"coalition/internal/directory"
	"coalition/internal/i18n"
	"coalition/internal/initiative"
)

// engagementFields are what a client writes of an engagement, on creation and
// on update. Dates are YYYY-MM-DD, "" for none.
type engagementFields struct {
	Country           string         `json:"country,omitempty"`
	Roles             []string       `json:"roles"`
	Level             string         `json:"level,omitempty"`
	Stage             string         `json:"stage,omitempty"`
	ResponsibleUserID int64          `json:"responsible_user_id,omitempty"`
	Duties            string         `json:"duties,omitempty"`
	DutiesOn          string         `json:"duties_on,omitempty"`
	Pledge            pledgeJSON     `json:"pledge"`
	Delivered         deliveredJSON  `json:"delivered"`
	Commitment        commitmentJSON `json:"commitment"`
	Notes             string         `json:"notes,omitempty"`
	Version           int64          `json:"version,omitempty"`
}

// engagementInput is the body that adds a partner to the pipeline: an
// organization or a person, and the engagement's fields.
type engagementInput struct {
	OrgID    int64 `json:"org_id,omitempty"`
	PersonID int64 `json:"person_id,omitempty"`
	engagementFields
}

// engagementJSON is an engagement as the API shows it.
type engagementJSON struct {
	ID           int64 `json:"id"`
	InitiativeID int64 `json:"initiative_id"`
	engagementInput
	PartnerName string    `json:"partner_name"`
	Inbound     bool      `json:"inbound"`
	Firm        bool      `json:"firm"`
	ShowsLogo   bool      `json:"shows_logo"`
	CreatedAt   time.Time `json:"created_at"`
	UpdatedAt   time.Time `json:"updated_at"`
}

// pledgeJSON is the capacity pledged. Money is a decimal string in units of
// the currency, with at most two decimals ("1500" or "1500.50"); the store
// keeps cents.
type pledgeJSON struct {
	Signatures map[string]int `json:"signatures"`
	Volunteers int            `json:"volunteers"`
	Money      string         `json:"money,omitempty"`
	Currency   string         `json:"currency,omitempty"`
	InKind     string         `json:"in_kind,omitempty"`
}

// deliveredJSON is what a partner delivered.
type deliveredJSON struct {
	Signatures map[string]int `json:"signatures"`
	Results    string         `json:"results,omitempty"`
}

// commitmentJSON is the commitment record. LogoOn, the day logo permission
// was given, is set by the server; a client's value is ignored.
type commitmentJSON struct {
	On             string `json:"on,omitempty"`
	ConfirmedBy    string `json:"confirmed_by,omitempty"`
	How            string `json:"how,omitempty"`
	LogoPermission bool   `json:"logo_permission"`
	LogoOn         string `json:"logo_on,omitempty"`
}

// stageInput is the board's move of an engagement to another stage.
type stageInput struct {
	Stage   string `json:"stage"`
	Version int64  `json:"version"`
}

// engagementListJSON is a pipeline.
type engagementListJSON struct {
	Items []engagementJSON `json:"items"`
}

// engagementEventJSON is one entry of an engagement's history: who did what
// and when; stage is the first stage, fields the fields an update changed.
type engagementEventJSON struct {
	At     time.Time `json:"at"`
	UserID int64     `json:"user_id,omitempty"`
	Action string    `json:"action"`
	Stage  string    `json:"stage,omitempty"`
	Fields []string  `json:"fields,omitempty"`
}

// engagement converts the fields, naming the field of a date or an amount
// that is not one.
func (in engagementFields) engagement() (initiative.Engagement, error) {
	e := initiative.Engagement{Country: in.Country, Roles: in.Roles, Level: in.Level, Stage: in.Stage,
		Responsible: in.ResponsibleUserID, Duties: in.Duties, Notes: in.Notes, Version: in.Version,
		Pledge: initiative.Pledge{Signatures: in.Pledge.Signatures, Volunteers: in.Pledge.Volunteers,
			Currency: in.Pledge.Currency, InKind: in.Pledge.InKind},
		Delivered:  initiative.Delivered{Signatures: in.Delivered.Signatures, Results: in.Delivered.Results},
		Commitment: initiative.Commitment{ConfirmedBy: in.Commitment.ConfirmedBy, How: in.Commitment.How, LogoPermission: in.Commitment.LogoPermission},
	}
	var err error
	if e.DutiesOn, err = parseDay("duties_on", in.DutiesOn); err != nil {
		return e, err
	}
	if e.Commitment.On, err = parseDay("commitment.on", in.Commitment.On); err != nil {
		return e, err
	}
	e.Pledge.Money, err = parseMoney("pledge.money", in.Pledge.Money)
	return e, err
}

// moneyPattern is an amount in units of a currency with at most two decimals.
var moneyPattern = regexp.MustCompile(`^[0-9]{1,12}(\.[0-9]{1,2})?$`)

// parseMoney reads an amount such as "1500" or "1500.50" of the named field
// into cents; "" is 0.
func parseMoney(field, s string) (int64, error) {
	if s == "" {
		return 0, nil
	}
	if !moneyPattern.MatchString(s) {
		return 0, i18n.Invalid(field, "validation.number")
	}
	units, frac, _ := strings.Cut(s, ".")
	u, _ := strconv.ParseInt(units, 10, 64)
	c, _ := strconv.ParseInt((frac + "00")[:2], 10, 64)
	return u*100 + c, nil
}

// moneyJSON writes cents as a decimal string, "" for none.
func moneyJSON(cents int64) string {
	if cents == 0 {
		return ""
	}
	return fmt.Sprintf("%d.%02d", cents/100, cents%100)
}

func newEngagementJSON(e initiative.Engagement) engagementJSON {
	return engagementJSON{ID: e.ID, InitiativeID: e.InitiativeID, PartnerName: e.PartnerName, Inbound: e.Inbound,
		Firm: e.IsFirm(), ShowsLogo: e.ShowsLogo(), CreatedAt: e.CreatedAt, UpdatedAt: e.UpdatedAt,
		engagementInput: engagementInput{OrgID: e.OrgID, PersonID: e.PersonID, engagementFields: engagementFieldsOf(e)}}
}

func engagementFieldsOf(e initiative.Engagement) engagementFields {
	p, c := e.Pledge, e.Commitment
	return engagementFields{Country: e.Country, Roles: nonNil(e.Roles), Level: e.Level, Stage: e.Stage,
		ResponsibleUserID: e.Responsible, Duties: e.Duties, DutiesOn: dateJSON(e.DutiesOn), Notes: e.Notes, Version: e.Version,
		Pledge: pledgeJSON{Signatures: counts(p.Signatures), Volunteers: p.Volunteers, Money: moneyJSON(p.Money),
			Currency: p.Currency, InKind: p.InKind},
		Delivered: deliveredJSON{Signatures: counts(e.Delivered.Signatures), Results: e.Delivered.Results},
		Commitment: commitmentJSON{On: dateJSON(c.On), ConfirmedBy: c.ConfirmedBy, How: c.How,
			LogoPermission: c.LogoPermission, LogoOn: dateJSON(c.LogoOn)}}
}

// counts returns m, or an empty map for nil, so the answer shows {}.
func counts(m map[string]int) map[string]int {
	if m == nil {
		return map[string]int{}
	}
	return m
}

func newEngagementEventJSON(h initiative.HistoryEntry) engagementEventJSON {
	out := engagementEventJSON{At: h.At, UserID: h.UserID, Action: h.Action}
	var d struct {
		Stage  string   `json:"stage"`
		Fields []string `json:"fields"`
	}
	if json.Unmarshal([]byte(h.Detail), &d) == nil {
		out.Stage, out.Fields = d.Stage, d.Fields
	}
	return out
}

// engagementFieldPaths maps the service's names of an engagement's fields to
// their paths in the JSON body.
var engagementFieldPaths = map[string]string{
	"pledge_signatures": "pledge.signatures", "volunteers": "pledge.volunteers", "money": "pledge.money",
	"currency": "pledge.currency", "in_kind": "pledge.in_kind",
	"delivered_signatures": "delivered.signatures", "results": "delivered.results",
	"committed_on": "commitment.on", "confirmed_by": "commitment.confirmed_by", "confirmed_how": "commitment.how",
	"logo_permission": "commitment.logo_permission",
}

// withBodyFields renames the fields of the validation problems in err to
// their paths in the JSON body; other errors pass unchanged.
func withBodyFields(err error) error {
	var ps directory.Problems
	if !errors.As(err, &ps) {
		return err
	}
	out := make(directory.Problems, len(ps))
	for i, p := range ps {
		c := *p
		if path, ok := engagementFieldPaths[c.Field]; ok {
			c.Field = path
		}
		out[i] = &c
	}
	return out
}
