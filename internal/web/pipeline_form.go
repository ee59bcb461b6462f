package web

import (
	"net/http"
	"regexp"
	"strconv"
	"strings"

	"coalition/internal/directory"
	"coalition/internal/i18n"
	"coalition/internal/initiative"
)

// pipelineFields are the single inputs of the engagement form; their names
// are the service's field names, so problems land beside them.
var pipelineFields = []string{
	"partner", "country", "level", "stage", "responsible", "duties", "duties_on", "volunteers", "money",
	"currency", "in_kind", "results", "committed_on", "confirmed_by", "confirmed_how", "logo_permission",
	"notes", "version",
}

// pipelineCountRows is how many rows of member state and count the form
// shows at least; it shows one empty row more than there are counts.
const pipelineCountRows = 3

// pipelineFromForm reads the posted engagement form: what was typed, and the
// engagement it describes. Numbers and dates that are not ones are problems
// on their inputs.
func pipelineFromForm(r *http.Request, initiativeID, id int64) (form, []string, initiative.Engagement, error) {
	f := readForm(r, pipelineFields...)
	v, roles := f.Values, r.PostForm["roles"]
	e := initiative.Engagement{ID: id, InitiativeID: initiativeID, OrgID: formInt64(v["partner"]), Country: v["country"],
		Roles: roles, Level: v["level"], Stage: v["stage"], Responsible: formInt64(v["responsible"]),
		Duties: v["duties"], Notes: v["notes"], Version: formInt64(v["version"]),
		Pledge:    initiative.Pledge{Signatures: formCounts(r, "pledge"), Currency: v["currency"], InKind: v["in_kind"]},
		Delivered: initiative.Delivered{Signatures: formCounts(r, "delivered"), Results: v["results"]},
		Commitment: initiative.Commitment{ConfirmedBy: v["confirmed_by"], How: v["confirmed_how"],
			LogoPermission: v["logo_permission"] == "1"}}
	var ps directory.Problems
	keep := func(err error) {
		if err != nil {
			ps = append(ps, directory.AsProblems(err)...)
		}
	}
	var err error
	e.DutiesOn, err = personDay("duties_on", v["duties_on"])
	keep(err)
	e.Commitment.On, err = personDay("committed_on", v["committed_on"])
	keep(err)
	e.Pledge.Volunteers, err = formCount("volunteers", v["volunteers"])
	keep(err)
	e.Pledge.Money, err = formMoney("money", v["money"])
	keep(err)
	if ps != nil {
		return f, roles, e, ps
	}
	return f, roles, e, nil
}

// formCounts reads the rows <prefix>_state.N and <prefix>_count.N into
// counts per member state; a count that is not a number counts as -1, which
// the service refuses.
func formCounts(r *http.Request, prefix string) map[string]int {
	out := map[string]int{}
	for i := 0; ; i++ {
		n := strconv.Itoa(i)
		state, ok := r.PostForm[prefix+"_state."+n]
		if !ok {
			return out
		}
		count := strings.TrimSpace(r.PostFormValue(prefix + "_count." + n))
		if state[0] == "" || count == "" {
			continue
		}
		c, err := strconv.Atoi(count)
		if err != nil {
			c = -1
		}
		out[state[0]] += c
	}
}

// formCount reads a whole number of at least 0 of field; "" is 0.
func formCount(field, v string) (int, error) {
	if v == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		return 0, i18n.Invalid(field, "validation.number")
	}
	return n, nil
}

var moneyPattern = regexp.MustCompile(`^[0-9]{1,12}([.,][0-9]{1,2})?$`)

// formMoney reads an amount such as "1500" or "1500.50" (or "1500,50") of
// field into cents; "" is 0.
func formMoney(field, v string) (int64, error) {
	if v == "" {
		return 0, nil
	}
	if !moneyPattern.MatchString(v) {
		return 0, i18n.Invalid(field, "validation.number")
	}
	units, frac, _ := strings.Cut(strings.ReplaceAll(v, ",", "."), ".")
	u, _ := strconv.ParseInt(units, 10, 64)
	c, _ := strconv.ParseInt((frac + "00")[:2], 10, 64)
	return u*100 + c, nil
}

// pipelineValues are the form values of a stored engagement.
func pipelineValues(e initiative.Engagement) map[string]string {
	v := map[string]string{"partner": strconv.FormatInt(e.OrgID, 10), "country": e.Country, "level": e.Level,
		"stage": e.Stage, "duties": e.Duties, "duties_on": personDayText(e.DutiesOn), "currency": e.Pledge.Currency,
		"in_kind": e.Pledge.InKind, "results": e.Delivered.Results, "committed_on": personDayText(e.Commitment.On),
		"confirmed_by": e.Commitment.ConfirmedBy, "confirmed_how": e.Commitment.How, "notes": e.Notes,
		"version": strconv.FormatInt(e.Version, 10)}
	if e.Responsible != 0 {
		v["responsible"] = strconv.FormatInt(e.Responsible, 10)
	}
	if e.Pledge.Volunteers != 0 {
		v["volunteers"] = strconv.Itoa(e.Pledge.Volunteers)
	}
	if e.Pledge.Money != 0 {
		v["money"] = moneyText(e.Pledge.Money)
	}
	if e.Commitment.LogoPermission {
		v["logo_permission"] = "1"
	}
	return v
}

// pipelineDefaults are the values of the form for a new partner.
func pipelineDefaults() map[string]string {
	return map[string]string{"stage": initiative.StageIdentified, "currency": "EUR"}
}
