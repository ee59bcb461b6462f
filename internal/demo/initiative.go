package demo

import (
	"context"
	"time"

	"coalition/internal/directory"
	"coalition/internal/initiative"
	"coalition/internal/initiative/eci"
)

// Initiatives is what the demo needs to set up its initiative.
type Initiatives struct {
	Service *initiative.Service
}

// demoStates are the member states of the demo's organisers and partners.
var demoStates = []string{"LV", "BG", "RO", "SI", "DE", "EL", "MT", "FR", "IT", "PL"}

// loadInitiative creates the demo ECI for the demo user, unless the user is
// on the team of an initiative already: a public initiative with a complete
// group of organisers, a pipeline at every stage, tallies and an open call.
func loadInitiative(ctx context.Context, ins Initiatives, dir Directory, userID int64) error {
	actor := initiative.Actor{UserID: userID, Admin: true}
	if list, err := ins.Service.List(ctx, initiative.Actor{UserID: userID}); err != nil || len(list) > 0 {
		return err
	}
	in, err := ins.Service.Create(ctx, actor, demoECI(time.Now().UTC()))
	if err != nil {
		return err
	}
	for _, step := range []func(context.Context, Initiatives, Directory, initiative.Actor, initiative.Initiative) error{
		addOrganisers, addPartners, addTallies, addCall,
	} {
		if err := step(ctx, ins, dir, actor, in); err != nil {
			return err
		}
	}
	return nil
}

// demoECI is the demo initiative as of today: registered eight months ago,
// collecting since seven months ago for twelve months.
func demoECI(today time.Time) initiative.Initiative {
	registered := monthStart(today).AddDate(0, -8, 1)
	start := monthStart(today).AddDate(0, -7, 0)
	return initiative.Initiative{Kind: initiative.KindECI, Status: initiative.StatusActive, Slug: "clean-air-for-all",
		Titles: []directory.Text{{Lang: "en", Value: "Clean Air for All"}, {Lang: "lv", Value: "Tīrs gaiss visiem"},
			{Lang: "bg", Value: "Чист въздух за всички"}, {Lang: "ro", Value: "Aer curat pentru toți"}, {Lang: "sl", Value: "Čist zrak za vse"}},
		Descriptions: []directory.Text{{Lang: "en", Value: "A European Citizens' Initiative asking for binding limits on air pollution near schools."}},
		Goals:        "100 committed organizations in at least 10 member states",
		RegisteredOn: registered, CollectionStart: start, CollectionEnd: start.AddDate(1, 0, -1),
		AllianceGoal: 100, Public: true}
}

// monthStart is the first day of t's month.
func monthStart(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
}

// addOrganisers fills a group of organisers that meets the rules.
func addOrganisers(ctx context.Context, ins Initiatives, _ Directory, actor initiative.Actor, in initiative.Initiative) error {
	names := []string{"Ilze Bērziņa", "Мария Петрова", "Andrei Popescu", "Maja Novak", "Jonas Weber", "Ελένη Παπαδοπούλου", "Marija Borg"}
	for i, name := range names {
		role := eci.RoleMember
		switch i {
		case 0:
			role = eci.RoleRepresentative
		case 1:
			role = eci.RoleSubstitute
		}
		o := initiative.Organizer{InitiativeID: in.ID, Organizer: eci.Organizer{Name: name, Residence: demoStates[i],
			Nationality: demoStates[i], AgeConfirmed: true, Role: role}}
		if _, err := ins.Service.AddOrganizer(ctx, actor, o); err != nil {
			return err
		}
	}
	return nil
}

// demoStages are the stages the demo's partners are at, in turn.
var demoStages = []string{
	initiative.StageCommitted, initiative.StageActive, initiative.StageInTalks, initiative.StageContacted,
	initiative.StageIdentified, initiative.StageCommitted, initiative.StageDeclined,
}

// addPartners engages two organizations of each demo state, at every stage.
func addPartners(ctx context.Context, ins Initiatives, dir Directory, actor initiative.Actor, in initiative.Initiative) error {
	picked, err := pickOrgs(ctx, dir, 2)
	if err != nil {
		return err
	}
	for i, o := range picked {
		e := initiative.Engagement{InitiativeID: in.ID, OrgID: o.ID, Country: o.Country, Roles: []string{"intermediary"},
			Level: o.Level, Stage: demoStages[i%len(demoStages)], Responsible: actor.UserID,
			Pledge: initiative.Pledge{Signatures: map[string]int{o.Country: 500 * (1 + i%6)}, Volunteers: 2 + i%9}}
		if e.Stage == initiative.StageCommitted || e.Stage == initiative.StageActive {
			e.Duties = "Collect statements of support at our events and on our website"
			e.DutiesOn = in.CollectionStart.AddDate(0, 0, 9)
			e.Commitment = initiative.Commitment{On: in.CollectionStart.AddDate(0, 0, 14), ConfirmedBy: "Board chair", How: "letter", LogoPermission: i%2 == 0}
		}
		if _, err := ins.Service.Engage(ctx, actor, e); err != nil {
			return err
		}
	}
	return nil
}

// pickOrgs returns the first n organizations of each demo state.
func pickOrgs(ctx context.Context, dir Directory, n int) ([]directory.Organization, error) {
	wanted := map[string]bool{}
	for _, s := range demoStates {
		wanted[s] = true
	}
	wanted["GR"] = true // Greece is stored by its ISO code
	count := map[string]int{}
	var out []directory.Organization
	err := dir.ScanOrgs(ctx, func(o directory.Organization) error {
		if wanted[o.Country] && count[o.Country] < n {
			count[o.Country]++
			out = append(out, o)
		}
		return nil
	})
	return out, err
}

// addTallies records the demo's counts as of the first of this month.
func addTallies(ctx context.Context, ins Initiatives, _ Directory, actor initiative.Actor, in initiative.Initiative) error {
	counts := map[string]int{"LV": 4100, "BG": 9000, "RO": 12000, "SI": 6480, "DE": 45000, "EL": 9000, "MT": 4320,
		"FR": 20000, "IT": 30000, "PL": 15000}
	_, err := ins.Service.AddTallies(ctx, actor, in.ID, monthStart(time.Now().UTC()), counts, "coalition demo")
	return err
}

// addCall publishes an open call for partners in Latvia and Bulgaria.
func addCall(ctx context.Context, ins Initiatives, _ Directory, actor initiative.Actor, in initiative.Initiative) error {
	_, err := ins.Service.PublishCall(ctx, actor, initiative.Call{InitiativeID: in.ID,
		Titles: []directory.Text{{Lang: "en", Value: "Partners to collect signatures in Latvia and Bulgaria"}},
		Texts:  []directory.Text{{Lang: "en", Value: "We look for local organizations that can collect statements of support at their events."}},
		Roles:  []string{"intermediary", "volunteer"}, Countries: []string{"LV", "BG"}, Topics: []string{"environment_climate"},
		Languages: []string{"lv", "bg"}, Deadline: time.Now().UTC().AddDate(0, 2, 0), Open: true})
	return err
}
