# Staff in chat: typed choices, confirmations, help by role, lists for staff.
typed-choice-ambiguous = Several buttons say this. Please type the number of the one you mean: { $numbers }.
event-duration-button = { $minutes } min
