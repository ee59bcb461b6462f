// Package storetest is the contract of package store: one named list of
// behaviours, each tested once and run against every engine (SQLite always,
// PostgreSQL when COALITION_TEST_POSTGRES holds a URL). It also gives other
// packages' tests a fresh, migrated database: OpenSQLite and OpenPostgres.
package storetest

import (
	"context"
	"errors"
	"testing"
	"time"

	"coalition/internal/account"
	"coalition/internal/store"
)

// behaviour is one entry of the contract.
type behaviour struct {
	name string
	test func(t *testing.T, db *store.DB)
}

// behaviours is the contract, in the order it runs.
var behaviours = []behaviour{
	{"Engine", testEngine},
	{"MigrateTwiceIsNoOp", testMigrateTwice},
	{"CheckVersionRefusesNewerSchema", testCheckVersion},
	{"TimeRoundTrip", testTimeRoundTrip},

	{"UserCreateAndGet", testUserCreateAndGet},
	{"UserDuplicateEmail", testUserDuplicateEmail},
	{"UserMissing", testUserMissing},
	{"UserListOrderedByEmail", testUserList},
	{"UserCount", testUserCount},
	{"UserBooleans", testUserBooleans},
	{"UserUpdate", testUserUpdate},
	{"UserUpdateStale", testUserUpdateStale},
	{"UserUpdateMissing", testUserUpdateMissing},
	{"UserUpdateDuplicateEmail", testUserUpdateDuplicateEmail},
	{"UserDeleteCascades", testUserDelete},
	{"UserConcurrentWrites", testUserConcurrentWrites},

	{"SessionCreateAndGet", testSessionCreateAndGet},
	{"SessionMissing", testSessionMissing},
	{"SessionBadReferences", testSessionBadReferences},
	{"SessionExtend", testSessionExtend},
	{"SessionDelete", testSessionDelete},
	{"SessionDeleteUserSessions", testSessionDeleteUser},
	{"SessionDeleteExpired", testSessionDeleteExpired},

	{"TokenCreateAndGet", testTokenCreateAndGet},
	{"TokenMissing", testTokenMissing},
	{"TokenBadReferences", testTokenBadReferences},
	{"TokenListNewestFirst", testTokenList},
	{"TokenTouch", testTokenTouch},
	{"TokenRevoke", testTokenRevoke},

	{"LoginFailureCountSince", testLoginFailureCount},
	{"LoginFailureClear", testLoginFailureClear},
	{"LoginFailurePurge", testLoginFailurePurge},

	{"OrgCreateAndGet", testOrgCreateAndGet},
	{"OrgMissing", testOrgMissing},
	{"OrgUpdate", testOrgUpdate},
	{"OrgUpdateStale", testOrgUpdateStale},
	{"OrgsByID", testOrgsByID},
	{"OrgScan", testOrgScan},
	{"OrgScanForMatching", testOrgScanForMatching},
	{"OrgScanForSearch", testOrgScanForSearch},
	{"OrgRegistryLookup", testOrgRegistryLookup},
	{"OrgRegistryConflict", testOrgRegistryConflict},
	{"OrgNameKeyLookup", testOrgNameKeyLookup},
	{"OrgAltNameLookup", testOrgAltNameLookup},
	{"OrgsByNameKeys", testOrgsByNameKeys},
	{"OrgsByRegistryIDs", testOrgsByRegistryIDs},
	{"PeopleByKeys", testPeopleByKeys},
	{"InitiativeCreateAndGet", testInitiativeCreateAndGet},
	{"InitiativeUpdate", testInitiativeUpdate},
	{"InitiativeTeam", testInitiativeTeam},
	{"Organizers", testOrganizers},
	{"Engagements", testEngagements},
	{"MergeKeepsEngagements", testMergeKeepsEngagements},
	{"Tallies", testTallies},
	{"Resources", testResources}, {"ResourceRefusals", testResourceRefusals},
	{"Calls", testCalls},
	{"CallsOfAndOpenCalls", testCallsOfAndOpenCalls},
	{"Interests", testInterests},
	{"EngagementByOrg", testEngagementByOrg},
	{"OrgArchiveRestore", testOrgArchiveRestore},
	{"PersonCreateAndGet", testPersonCreateAndGet},
	{"PersonUpdate", testPersonUpdate},
	{"PersonExternalID", testPersonExternalID},
	{"PersonNameKeyLookup", testPersonNameKeyLookup},
	{"PeopleByIDAndScan", testPeopleByIDAndScan},
	{"Affiliations", testAffiliations},
	{"AffiliationBadReferences", testAffiliationBadReferences},
	{"AffiliationChanges", testAffiliationChanges},
	{"Logo", testLogo},
	{"Changes", testChanges},
	{"ChangesConcurrentWrites", testChangesConcurrentWrites},
	{"ImportOrgs", testImportOrgs},
	{"ImportOrgsAllOrNothing", testImportOrgsAllOrNothing},
	{"ImportOrgChunks", testImportOrgChunks},
	{"ImportOrgChunksAllOrNothing", testImportOrgChunksAllOrNothing},
	{"ImportKeepsForeignKeys", testImportKeepsForeignKeys},
	{"ImportOrgsSparseColumns", testImportOrgsSparseColumns},
	{"ImportHistoryRuns", testImportHistoryRuns},
	{"ImportPeople", testImportPeople},
	{"MergeOrgs", testMergeOrgs},
	{"MergeOrgsStale", testMergeOrgsStale},
	{"MergeOrgsKeepsOwnLogo", testMergeOrgsKeepsOwnLogo},
	{"MergePeople", testMergePeople},
}

// Run runs the whole contract. open must return a fresh, migrated database for
// each subtest and close it when the subtest ends (OpenSQLite and OpenPostgres
// do both).
func Run(t *testing.T, open func(t *testing.T) *store.DB) {
	for _, b := range behaviours {
		t.Run(b.name, func(t *testing.T) { b.test(t, open(t)) })
	}
}

func testEngine(t *testing.T, db *store.DB) {
	if e := db.Engine(); e != "sqlite" && e != "postgres" {
		t.Errorf("Engine() = %q", e)
	}
	if err := db.Ping(t.Context()); err != nil {
		t.Errorf("Ping: %v", err)
	}
}

// base is a fixed time with nanoseconds and a zone, to show that the store keeps
// UTC microseconds.
var base = time.Date(2026, 11, 3, 14, 15, 16, 123456789, time.FixedZone("CET", 3600))

// norm is a time as the store gives it back.
func norm(t time.Time) time.Time { return t.UTC().Truncate(time.Microsecond) }

// wantErr fails the test unless err is (or wraps) want.
func wantErr(t *testing.T, what string, err, want error) {
	t.Helper()
	if !errors.Is(err, want) {
		t.Fatalf("%s: err = %v, want %v", what, err, want)
	}
}

// must fails the test on an error.
func must(t *testing.T, what string, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// newUser creates a user with the given e-mail address.
func newUser(t *testing.T, db *store.DB, email string) account.User {
	t.Helper()
	u := account.User{Email: email, Name: "Name of " + email, PasswordHash: "$argon2id$x", Language: "en"}
	must(t, "CreateUser "+email, db.CreateUser(t.Context(), &u))
	return u
}

// ctx is shorthand for the test's context.
func ctx(t *testing.T) context.Context { return t.Context() }
