#include "doctorrule.h"

namespace DoctorRules {

const std::vector<DoctorRule> &all()
{
    // The order is the data flow: the state file and the lifecycles first,
    // the outputs after (they need to know who finished).
    static const std::vector<DoctorRule> rules{
        {"state", "STATE.json is present and valid JSON (generations that have one)", &checkState},
        {"session", "the files and folders the session's generation requires", &checkLayout},
        {"event", "each line of EVENTS.jsonl and DEBUG.jsonl", &checkEventLog},
        {"lifecycle", "each worker's events follow its generation's lifecycle", &checkLifecycle},
        {"state-status", "STATE.json and the log agree on how each worker ended", &checkStateStatus},
        {"template", "the worker templates could be read", &checkTemplates},
        {"output", "finished workers left their notes and response", &checkOutputPresence},
        {"notes", "notes follow their template's outline and are filled in", &checkNotes},
        {"response", "responses follow their template's schema and are filled in", &checkResponses},
    };
    return rules;
}

}
