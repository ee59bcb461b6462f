package web_test

import (
	"net/url"
	"testing"
	"time"

	"coalition/internal/account"
	"coalition/internal/directory"
	"coalition/internal/initiative"
)

// callEnv is campaignEnv with the partner calls: the public board, the
// expressions of interest (reaching the directory and the pipeline) and the
// team's call pages.
type callEnv struct {
	*campaignEnv
}

func newCallEnv(t *testing.T) *callEnv {
	t.Helper()
	ie, dir := newCampaignParts(t)
	return &callEnv{campaignEnv: &campaignEnv{initiativeEnv: ie, dir: dir}}
}

// inDays is the day n days from today (UTC), as a form writes it.
func inDays(n int) string { return time.Now().UTC().AddDate(0, 0, n).Format(time.DateOnly) }

// publishCall stores an open call of in as owner, with its deadline in
// days days.
func (e *callEnv) publishCall(owner account.User, in initiative.Initiative, title string, roles, countries []string, days int) initiative.Call {
	e.t.Helper()
	c, err := e.inits.PublishCall(e.t.Context(), initiative.Actor{UserID: owner.ID}, initiative.Call{InitiativeID: in.ID,
		Titles: []directory.Text{{Lang: "en", Value: title}}, Roles: roles, Countries: countries,
		Deadline: day(inDays(days)), Open: true})
	if err != nil {
		e.t.Fatalf("publish call: %v", err)
	}
	return c
}

// interestForm is a valid expression of interest.
func interestForm(org string) url.Values {
	return url.Values{"org_name": {org}, "country": {"LV"}, "website": {"zb.lv"}, "contact_name": {"Anna Bērziņa"},
		"contact_email": {"anna@zb.lv"}, "message": {"We can collect signatures in Riga."}, "consent": {"1"}, "website_url": {""}}
}
