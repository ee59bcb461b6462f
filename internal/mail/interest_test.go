package mail_test

import (
	"context"
	"strings"
	"testing"

	"coalition/internal/account"
	"coalition/internal/directory"
	"coalition/internal/errs"
	"coalition/internal/i18n"
	"coalition/internal/initiative"
	"coalition/internal/mail"
)

// users is a fixed set of users by id.
type users map[int64]account.User

func (u users) User(_ context.Context, id int64) (account.User, error) {
	if x, ok := u[id]; ok {
		return x, nil
	}
	return account.User{}, errs.ErrNotFound
}

// outbox keeps the messages it is given.
type outbox []mail.Message

func (o *outbox) Send(_ context.Context, m mail.Message) error {
	*o = append(*o, m)
	return nil
}

func TestInterestNotifierWritesInTheUsersLanguage(t *testing.T) {
	people := users{
		1: {ID: 1, Email: "petya@example.org", Name: "Петя", Language: "bg"},
		2: {ID: 2, Email: "kim@example.org", Language: "fi"},
		3: {ID: 3, Email: "gone@example.org", Language: "en", Disabled: true},
	}
	var sent outbox
	n := &mail.InterestNotifier{Sender: &sent, Users: people, I18n: i18n.MustLoad(), BaseURL: "https://coalition.example"}
	x := initiative.InterestNotice{
		Initiative: initiative.Initiative{ID: 7, Titles: []directory.Text{{Lang: "en", Value: "Clean Black Sea"}, {Lang: "bg", Value: "Чисто Черно море"}}},
		Call:       initiative.Call{Titles: []directory.Text{{Lang: "en", Value: "Partners wanted"}, {Lang: "bg", Value: "Търсим партньори"}}},
		Interest:   initiative.Interest{OrgName: "Зелени Балкани", Country: "BG", ContactName: "Иван Петров", ContactEmail: "ivan@zb.bg", EngagementID: 12},
	}
	for _, id := range []int64{1, 2, 3} {
		x.RecipientID = id
		if err := n.InterestExpressed(t.Context(), x); err != nil {
			t.Fatal(err)
		}
	}
	if len(sent) != 2 {
		t.Fatalf("%d messages, want 2 (none to a disabled user)", len(sent))
	}
	bg, fallback := sent[0], sent[1]
	if bg.Subject != "Зелени Балкани отговори на поканата за партньори „Търсим партньори“" || bg.To[0].Address != "petya@example.org" ||
		bg.ReplyTo.Address != "ivan@zb.bg" {
		t.Errorf("Bulgarian notice %+v", bg)
	}
	for _, want := range []string{"Здравейте, Петя", "Чисто Черно море", "Уебсайт: -", "https://coalition.example/initiatives/7/pipeline/12"} {
		if !strings.Contains(bg.Body, want) {
			t.Errorf("Bulgarian body lacks %q:\n%s", want, bg.Body)
		}
	}
	if fallback.Subject != "Зелени Балкани answered the partner call “Partners wanted”" || !strings.HasPrefix(fallback.Body, "Hello kim@example.org,") {
		t.Errorf("English for an unsupported language: %q\n%s", fallback.Subject, fallback.Body)
	}
	x.RecipientID = 9
	if err := n.InterestExpressed(t.Context(), x); err == nil {
		t.Error("a missing user: no error")
	}
}
