package web

import (
	"net/http"
	"strconv"
	"time"

	"coalition/internal/directory"
	"coalition/internal/initiative"
)

// resourceFields are the inputs of the resource form; their names are the
// service's field names, so problems land beside them.
var resourceFields = []string{"engagement_id", "source", "what", "kind", "value", "currency", "status", "on", "note", "version"}

// resourceFromForm reads the posted resource form: what was typed, and the
// resource it describes. An amount or a day that is not one is a problem
// on its input.
func resourceFromForm(r *http.Request, initiativeID, id int64) (form, initiative.Resource, error) {
	f := readForm(r, resourceFields...)
	v := f.Values
	res := initiative.Resource{ID: id, InitiativeID: initiativeID, EngagementID: formInt64(v["engagement_id"]),
		Source: v["source"], What: v["what"], Kind: v["kind"], Currency: v["currency"], Status: v["status"],
		Note: v["note"], Version: formInt64(v["version"])}
	var ps directory.Problems
	var err error
	if res.On, err = personDay("on", v["on"]); err != nil {
		ps = append(ps, directory.AsProblems(err)...)
	}
	if res.Value, err = formMoney("value", v["value"]); err != nil {
		ps = append(ps, directory.AsProblems(err)...)
	}
	if ps != nil {
		return f, res, ps
	}
	return f, res, nil
}

// resourceValues are the form values of a stored resource.
func resourceValues(res initiative.Resource) map[string]string {
	v := map[string]string{"source": res.Source, "what": res.What, "kind": res.Kind, "value": moneyText(res.Value),
		"currency": res.Currency, "status": res.Status, "on": personDayText(res.On), "note": res.Note,
		"version": strconv.FormatInt(res.Version, 10)}
	if res.EngagementID != 0 {
		v["engagement_id"] = strconv.FormatInt(res.EngagementID, 10)
	}
	return v
}

// resourceDefaults are the values of the form for a new resource.
func resourceDefaults() form {
	return form{Values: map[string]string{"kind": initiative.ResourceMoney, "status": initiative.ResourcePledged,
		"currency": "EUR", "on": time.Now().UTC().Format(time.DateOnly)}, Errors: map[string]string{}}
}
