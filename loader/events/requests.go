package events

import (
	"newsgraph/schema"
)

// requester finds who an arrest or a proceeding was done for: "at the
// request of X", "at X's request", "on a request from X", "at the behest
// of X". It returns the requester's entity and the token of "request".
func (x *extractor) requester(v *view) (string, int) {
	for k := 0; k+2 < len(v.words); k++ {
		if v.words[k] != "at" && v.words[k] != "on" && v.words[k] != "upon" {
			continue
		}
		// "at X's request"
		for j := k + 1; j < len(v.words) && j <= k+5; j++ {
			w := v.words[j]
			if w != "request" && w != "behest" && w != "requests" {
				if isClauseBreak(w) || w == "," {
					break
				}
				continue
			}
			for p := j - 1; p > k; p-- {
				if mi := v.ment[p]; mi >= 0 && v.possessive(mi) {
					if e := x.actorOf(v, mi); e != "" {
						return e, j
					}
				}
			}
			// "at the request of X", "on a request from X"
			if j+1 < len(v.words) && (v.words[j+1] == "of" || v.words[j+1] == "from" || v.words[j+1] == "by") {
				n := j + 2
				for n < len(v.words) && (v.words[n] == "the" || v.words[n] == "a") {
					n++
				}
				if n < len(v.words) {
					if mi := v.ment[n]; mi >= 0 {
						if e := x.actorOf(v, mi); e != "" {
							return e, j
						}
					}
				}
			}
			break
		}
	}
	return "", -1
}

// actorOf is entityOf that also takes a demonym or a country's short
// name standing alone for its country ("the US").
func (x *extractor) actorOf(v *view, mi int) string {
	if e := v.entityOf(mi); e != "" {
		return e
	}
	return v.mention(mi).Entity
}

// requestedProceedings adds, for an arrest made at someone's request, the
// requester's proceeding against the one arrested ("Canada arrested X at
// the request of Vestria": Vestria's extradition request for X), and gives
// a proceeding named without its target in an arrest sentence ("arrested
// X on a Vestrian warrant") the arrest's target.
func (x *extractor) requestedProceedings(v *view, out []cand) []cand {
	var arrest *cand
	for i := range out {
		if out[i].class == schema.Arrest && out[i].target != "" {
			arrest = &out[i]
			break
		}
	}
	if arrest == nil {
		return out
	}
	for i := range out {
		c := &out[i]
		if c.class == schema.LegalProceeding && c.target == "" && c.agent != "" && c.agent != arrest.target {
			c.target = arrest.target
		}
	}
	req, k := x.requester(v)
	if req == "" || req == arrest.target || req == arrest.agent {
		return out
	}
	for _, c := range out {
		if c.class == schema.LegalProceeding && c.agent == req && c.target == arrest.target {
			return out
		}
	}
	c := *arrest
	c.class, c.agent, c.cameo, c.rule, c.trigger, c.tok = schema.LegalProceeding, req, schema.CAMEOCode[schema.LegalProceeding], "requested-arrest", v.toks[k].Text, k
	c.about = nil
	c.pending = false
	return append(out, c)
}
