
# Editors (issue 5) test wiring. Nothing extra is needed today: the built-in
# templates come with the models library, and the crash-recovery test
# re-runs its own executable as the editing child process
# (tst_recoverystore --edit-and-wait FILE TEXT).
