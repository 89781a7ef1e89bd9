// Text made safe for an HTML page: whatever a scenario name or file holds is shown as text,
// never run as markup or script.
#pragma once

#include <string>
#include <string_view>

namespace caresim::report {

// Escapes & < > " ' for element content and quoted attribute values.
std::string html_escape(std::string_view text);

// JSON (already serialised) made safe inside <script type="application/json">: every < > &
// becomes a \u escape, which JSON.parse reads back unchanged, so "</script>" cannot end the
// element early. They can only occur inside JSON strings, where the escape is valid.
std::string json_for_script(std::string_view json);

}  // namespace caresim::report
