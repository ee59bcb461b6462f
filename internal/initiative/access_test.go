package initiative

import "testing"

func TestAccess(t *testing.T) {
	org := accessOf(Actor{UserID: 1}, &Member{Role: RoleOrganizer})
	coord := accessOf(Actor{UserID: 2}, &Member{Role: RoleCoordinator, Countries: []string{"LV", "EE"}})
	viewer := accessOf(Actor{UserID: 3}, &Member{Role: RoleViewer})
	stranger := accessOf(Actor{UserID: 4}, nil)
	admin := accessOf(Actor{UserID: 5, Admin: true}, nil)
	for _, tc := range []struct {
		name                  string
		a                     Access
		view, manage          bool
		workLV, workBG, seeBG bool
	}{
		{"organizer", org, true, true, true, true, true},
		{"coordinator of LV and EE", coord, true, false, true, false, false},
		{"viewer", viewer, true, false, false, false, true},
		{"not on the team", stranger, false, false, false, false, false},
		{"administrator", admin, true, true, true, true, true},
	} {
		a := tc.a
		if a.CanView() != tc.view || a.CanManage() != tc.manage || a.CanWorkOn("LV") != tc.workLV ||
			a.CanWorkOn("BG") != tc.workBG || a.CanSee("BG") != tc.seeBG {
			t.Errorf("%s: view %v manage %v work LV %v work BG %v see BG %v", tc.name,
				a.CanView(), a.CanManage(), a.CanWorkOn("LV"), a.CanWorkOn("BG"), a.CanSee("BG"))
		}
	}
}
