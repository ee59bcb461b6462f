package initiative

import (
	"context"
	"errors"
	"slices"
	"strings"
	"time"

	"coalition/internal/errs"
	"coalition/internal/i18n"
)

// The rate limit of expressions of interest: at most interestMax from one
// client (see clientHash) within interestWindow.
const (
	interestMax    = 5
	interestWindow = time.Hour
)

// notifyTimeout bounds telling the team of one expression of interest.
const notifyTimeout = 30 * time.Second

// ExpressInterest takes in an answer to a partner call, from anyone. A
// filled honeypot is ErrHoneypot; a call that is closed or past its deadline
// refuses with call.closed; too many answers from one client within the hour
// are call.rate_limited; invalid fields give Problems. The answer is stored
// first. Then its organization is found in the directory (same name key and
// country) or created, with the contact person and their consent; the
// organization enters the pipeline as an inbound engagement at stage
// "contacted" (or, when it is there already, the message is added to its
// engagement's notes); and the call's responsible team member is told.
// Failures of these later steps are logged, not returned: the answer is kept
// and the team sees it among the call's answers.
func (s *Service) ExpressInterest(ctx context.Context, in InterestInput) (Interest, error) {
	if strings.TrimSpace(in.Honeypot) != "" {
		return Interest{}, ErrHoneypot
	}
	c, ini, err := s.publicCall(ctx, in.CallID)
	if err != nil {
		return Interest{}, err
	}
	now := s.now()
	if !c.Accepting(now) {
		return Interest{}, i18n.NewError(errs.ErrConflict, "", "call.closed")
	}
	it, ps := newInterest(in)
	if ps != nil {
		return Interest{}, ps
	}
	it.CallID, it.ClientHash, it.CreatedAt = c.ID, clientHash(in.Client), now
	err = s.calls.AddInterest(ctx, &it, RateLimit{Max: interestMax, Since: now.Add(-interestWindow)})
	if errors.Is(err, errs.ErrRateLimited) {
		return Interest{}, i18n.NewError(errs.ErrRateLimited, "", "call.rate_limited")
	}
	if err != nil {
		return Interest{}, err
	}
	ctx = context.WithoutCancel(ctx)
	s.forgetClients(ctx, now)
	if err := s.toPipeline(ctx, c, &it); err != nil {
		s.log.ErrorContext(ctx, "expression of interest not added to the pipeline", "call", c.ID, "interest", it.ID, "err", err)
	}
	s.notify(ctx, ini, c, it)
	return it, nil
}

// Interests returns the answers to a call, oldest first, to its
// initiative's team; a country coordinator sees those from their member
// states.
func (s *Service) Interests(ctx context.Context, actor Actor, callID int64) ([]Interest, error) {
	c, a, err := s.TeamCall(ctx, actor, callID)
	if err != nil {
		return nil, err
	}
	all, err := s.calls.Interests(ctx, c.ID)
	if err != nil {
		return nil, err
	}
	return slices.DeleteFunc(all, func(it Interest) bool { return !a.CanSee(memberState(it.Country)) }), nil
}

// publicCall returns a call of a published initiative, and the initiative.
func (s *Service) publicCall(ctx context.Context, id int64) (Call, Initiative, error) {
	c, err := s.calls.Call(ctx, id)
	if err != nil {
		return Call{}, Initiative{}, err
	}
	in, err := s.store.Initiative(ctx, c.InitiativeID)
	if err == nil && !in.Public {
		err = errs.ErrNotFound
	}
	return c, in, err
}

// forgetClients clears the client hashes the rate limit no longer counts.
func (s *Service) forgetClients(ctx context.Context, now time.Time) {
	if _, err := s.calls.ForgetInterestClients(ctx, now.Add(-interestWindow)); err != nil {
		s.log.WarnContext(ctx, "forget the clients of old expressions of interest", "err", err)
	}
}

// notify tells the team of an answer to c, and logs a failure.
func (s *Service) notify(ctx context.Context, in Initiative, c Call, it Interest) {
	if s.notifier == nil {
		return
	}
	ctx, cancel := context.WithTimeout(ctx, notifyTimeout)
	defer cancel()
	to, err := s.recipient(ctx, c)
	if err == nil {
		err = s.notifier.InterestExpressed(ctx, InterestNotice{RecipientID: to, Initiative: in, Call: c, Interest: it})
	}
	if err != nil {
		s.log.ErrorContext(ctx, "expression of interest: the team was not told", "call", c.ID, "interest", it.ID, "err", err)
	}
}

// recipient returns who hears of answers to c: its responsible team member
// while on the team, else the first organizer.
func (s *Service) recipient(ctx context.Context, c Call) (int64, error) {
	if c.Responsible != 0 {
		_, err := s.store.Member(ctx, c.InitiativeID, c.Responsible)
		if err == nil {
			return c.Responsible, nil
		}
		if !errors.Is(err, errs.ErrNotFound) {
			return 0, err
		}
	}
	team, err := s.store.Members(ctx, c.InitiativeID)
	if err != nil {
		return 0, err
	}
	if len(team) == 0 || team[0].Role != RoleOrganizer {
		return 0, errs.ErrNotFound
	}
	return team[0].UserID, nil
}
