package web_test

import (
	"regexp"
	"testing"
	"time"

	"coalition/internal/account"
	"coalition/internal/directory"
	"coalition/internal/initiative"
)

// pipelineEnv is a page server with the initiative and directory pages on
// one database, for the alliance pipeline.
type pipelineEnv struct {
	*initiativeEnv
	dir *directory.Service
}

func newPipelineEnv(t *testing.T) *pipelineEnv {
	t.Helper()
	ie, dir := newCampaignParts(t)
	return &pipelineEnv{initiativeEnv: ie, dir: dir}
}

// org stores an organization.
func (e *pipelineEnv) org(name, country, kind, sector string) directory.Organization {
	e.t.Helper()
	o, err := e.dir.CreateOrg(e.t.Context(), directory.Actor{}, directory.Organization{Name: name, Country: country, Kind: kind, Sector: sector})
	if err != nil {
		e.t.Fatalf("create org: %v", err)
	}
	return o
}

// engage adds org o to initiative in at stage, as owner; a committed or
// active stage gets a firm commitment.
func (e *pipelineEnv) engage(owner account.User, in initiative.Initiative, o directory.Organization, country, stage string) initiative.Engagement {
	e.t.Helper()
	en := initiative.Engagement{InitiativeID: in.ID, OrgID: o.ID, Country: country, Stage: stage, Roles: []string{"intermediary"}}
	if stage == initiative.StageCommitted || stage == initiative.StageActive {
		en.Commitment = initiative.Commitment{On: time.Now().UTC().AddDate(0, 0, -1), ConfirmedBy: "Director", How: "letter"}
	}
	got, err := e.inits.Engage(e.t.Context(), initiative.Actor{UserID: owner.ID}, en)
	if err != nil {
		e.t.Fatalf("engage %s: %v", o.Name, err)
	}
	return got
}

// column returns the HTML of a stage's column on a board page.
func column(t *testing.T, p page, stage string) string {
	t.Helper()
	re := regexp.MustCompile(`(?s)data-stage="` + stage + `".*?</(section|details)>`)
	m := re.FindString(p.body)
	if m == "" {
		t.Fatalf("no column %q on the board:\n%s", stage, p.body)
	}
	return m
}
