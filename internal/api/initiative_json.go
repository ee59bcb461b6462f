package api

import (
	"time"

	"coalition/internal/i18n"
	"coalition/internal/initiative"
)

// initiativeInput is what a client sends to create or update an initiative.
// Dates are YYYY-MM-DD, "" for none.
type initiativeInput struct {
	Kind            string     `json:"kind"`
	Slug            string     `json:"slug,omitempty"`
	Titles          []textJSON `json:"titles"`
	Descriptions    []textJSON `json:"descriptions,omitempty"`
	Goals           string     `json:"goals,omitempty"`
	Status          string     `json:"status,omitempty"`
	StartsOn        string     `json:"starts_on,omitempty"`
	EndsOn          string     `json:"ends_on,omitempty"`
	RegisteredOn    string     `json:"registered_on,omitempty"`
	CollectionStart string     `json:"collection_start,omitempty"`
	CollectionEnd   string     `json:"collection_end,omitempty"`
	AllianceGoal    int        `json:"alliance_goal,omitempty"`
	Public          bool       `json:"public"`
	Version         int64      `json:"version,omitempty"`
}

// initiativeJSON is an initiative as the API shows it, with what the caller
// may do in it.
type initiativeJSON struct {
	ID int64 `json:"id"`
	initiativeInput
	CreatedAt time.Time  `json:"created_at"`
	UpdatedAt time.Time  `json:"updated_at"`
	Access    accessJSON `json:"access"`
}

// accessJSON is the caller's role in an initiative.
type accessJSON struct {
	Role      string   `json:"role,omitempty"`
	Countries []string `json:"countries"`
	CanManage bool     `json:"can_manage"`
}

// memberJSON is a team member.
type memberJSON struct {
	UserID    int64    `json:"user_id"`
	Name      string   `json:"name"`
	Email     string   `json:"email"`
	Role      string   `json:"role"`
	Countries []string `json:"countries"`
}

// memberInput sets a team member's role.
type memberInput struct {
	Role      string   `json:"role"`
	Countries []string `json:"countries,omitempty"`
}

// initiative converts the input, naming the field of a date that is not one.
func (in initiativeInput) initiative() (initiative.Initiative, error) {
	out := initiative.Initiative{Kind: initiative.Kind(in.Kind), Slug: in.Slug, Titles: texts(in.Titles),
		Descriptions: texts(in.Descriptions), Goals: in.Goals, Status: initiative.Status(in.Status),
		AllianceGoal: in.AllianceGoal, Public: in.Public, Version: in.Version}
	for _, d := range []struct {
		field, value string
		to           *time.Time
	}{
		{"starts_on", in.StartsOn, &out.StartsOn}, {"ends_on", in.EndsOn, &out.EndsOn},
		{"registered_on", in.RegisteredOn, &out.RegisteredOn},
		{"collection_start", in.CollectionStart, &out.CollectionStart}, {"collection_end", in.CollectionEnd, &out.CollectionEnd},
	} {
		if d.value == "" {
			continue
		}
		t, err := time.Parse(time.DateOnly, d.value)
		if err != nil {
			return out, i18n.Invalid(d.field, "validation.date")
		}
		*d.to = t
	}
	return out, nil
}

func newInitiativeJSON(in initiative.Initiative, a initiative.Access) initiativeJSON {
	return initiativeJSON{ID: in.ID, CreatedAt: in.CreatedAt, UpdatedAt: in.UpdatedAt,
		Access: accessJSON{Role: string(a.Role), Countries: nonNil(a.Countries), CanManage: a.CanManage()},
		initiativeInput: initiativeInput{Kind: string(in.Kind), Slug: in.Slug, Titles: textsJSON(in.Titles),
			Descriptions: textsJSON(in.Descriptions), Goals: in.Goals, Status: string(in.Status),
			StartsOn: dateJSON(in.StartsOn), EndsOn: dateJSON(in.EndsOn), RegisteredOn: dateJSON(in.RegisteredOn),
			CollectionStart: dateJSON(in.CollectionStart), CollectionEnd: dateJSON(in.CollectionEnd),
			AllianceGoal: in.AllianceGoal, Public: in.Public, Version: in.Version}}
}

// dateJSON writes a date as YYYY-MM-DD, "" for none.
func dateJSON(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

func newMemberJSON(m initiative.Member) memberJSON {
	return memberJSON{UserID: m.UserID, Name: m.Name, Email: m.Email, Role: string(m.Role), Countries: nonNil(m.Countries)}
}
