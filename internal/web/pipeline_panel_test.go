package web_test

import (
	"net/http"
	"regexp"
	"strings"
	"testing"

	"coalition/internal/initiative"
)

func TestPipelineGoalAndDiversity(t *testing.T) {
	f, b := newPipelineFixture(t)
	f.e.engage(f.owner, f.in, f.e.org("Lietuvos žalieji", "LT", "ngo", "civil"), "LT", initiative.StageActive)
	for _, lang := range []string{"en", "lv"} {
		p := b.get(f.path() + "?lang=" + lang)
		expectStatus(t, p, http.StatusOK)
		expectContains(t, p, f.e.N(lang, "pipeline.goal.progress", 2, "goal", 100))
		expectContains(t, p, `<progress value="2" max="100"`)
	}
	p := b.get(f.path() + "?lang=en")
	for _, want := range [][2]string{{"Education or research", "1"}, {"Non-governmental", "1"},
		{"Public sector", "1"}, {"Civil society", "1"}, {"Not given", "2"}, {"Latvia", "1"}, {"Lithuania", "1"}} {
		if !regexp.MustCompile(`<li><span>` + regexp.QuoteMeta(want[0]) + `[^<]*</span> <strong>` + want[1] + `</strong></li>`).MatchString(p.body) {
			t.Errorf("the diversity panel does not count %s %s", want[1], want[0])
		}
	}
	if strings.Contains(p.body, "<span>Bulgaria</span>") {
		t.Error("a partner in talks counts in the diversity of firm partners")
	}
}
