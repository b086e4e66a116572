;;; e2e.el --- End-to-end test of Recoupe in real Emacs (batch): Eglot on the example draft -> Flymake diagnostics -*- lexical-binding: t -*-

;; Opens the bundled example draft (examples/draft.md, configured by examples/recoupe.toml) in markdown-mode,
;; connects Eglot to `recoupe lsp', waits for Flymake's diagnostics and checks that the example's contradiction
;; (« 4 200 » foyers, line 8) is an error there.  The draft is opened where it is, so Eglot takes the repository
;; as the project, a folder without recoupe.toml: the server must find examples/recoupe.toml above the draft.
;; Nothing is written to the draft.
;;
;; Run (Debian 12: apt-get install emacs-nox elpa-eglot elpa-markdown-mode), with -q and not -Q, so that Debian's
;; site-start puts its elpa packages on the load path:
;;   RECOUPE_BIN=/abs/recoupe emacs --batch -q -l editors/emacs/tests/e2e.el
;; Prints one line per check and a closing "N passed, N failed"; exits non-zero on any failure.

(require 'eglot)
(require 'markdown-mode)
(require 'flymake)
(require 'cl-lib)

(defvar recoupe-e2e-passed 0)
(defvar recoupe-e2e-failed 0)

(defun recoupe-e2e-say (fmt &rest args)
  (princ (concat (apply #'format fmt args) "\n")))

(defun recoupe-e2e-finish ()
  (recoupe-e2e-say "%d passed, %d failed" recoupe-e2e-passed recoupe-e2e-failed)
  (when (and (> recoupe-e2e-failed 0) (get-buffer "*Messages*"))
    (recoupe-e2e-say "--- *Messages*")
    (recoupe-e2e-say "%s" (with-current-buffer "*Messages*" (buffer-string))))
  (ignore-errors (eglot-shutdown-all))
  (kill-emacs (if (= recoupe-e2e-failed 0) 0 1)))

(defun recoupe-e2e-check (name ok &optional detail)
  (if ok
      (progn (cl-incf recoupe-e2e-passed) (recoupe-e2e-say "ok   %s" name))
    (cl-incf recoupe-e2e-failed)
    (recoupe-e2e-say "FAIL %s%s" name (if detail (format ": %s" detail) "")))
  ok)

(defun recoupe-e2e-must (name ok &optional detail)
  (unless (recoupe-e2e-check name ok detail)
    (recoupe-e2e-finish)))

(defun recoupe-e2e-wait (pred timeout)
  "Let the server's messages arrive until PRED is non-nil or TIMEOUT seconds pass; PRED's value."
  (let ((deadline (+ (float-time) timeout)) (got nil))
    (while (and (not (setq got (funcall pred))) (< (float-time) deadline))
      (accept-process-output nil 0.1))
    got))

(let* ((bin (or (getenv "RECOUPE_BIN") (error "RECOUPE_BIN is not set")))
       (timeout (/ (string-to-number (or (getenv "RECOUPE_TIMEOUT_MS") "30000")) 1000.0))
       (repo (expand-file-name "../../.." (file-name-directory (or load-file-name buffer-file-name))))
       (draft (expand-file-name "examples/draft.md" repo))
       (expected-line 8))
  (condition-case err
      (progn
        (setq eglot-server-programs `(((markdown-mode gfm-mode) . (,bin "lsp"))))
        ;; The server writes its index cache nowhere in the user's home during the test.
        (setenv "RECOUPE_CACHE_DIR" "off")
        (recoupe-e2e-must "the example draft exists" (file-readable-p draft) draft)
        (find-file draft)
        (recoupe-e2e-must "the draft opens in markdown-mode" (derived-mode-p 'markdown-mode) major-mode)
        (let ((project (project-current)))
          (if (eq (car-safe project) 'vc)
              (recoupe-e2e-check "the project (the repository) has no recoupe.toml at its root"
                                 (not (file-exists-p (expand-file-name "recoupe.toml" (project-root project))))
                                 (project-root project))
            ;; A copy that is no repository: Eglot takes examples/ itself, which has the file.
            (recoupe-e2e-say "note the draft is in no repository: Eglot's project is %s" (and project (project-root project)))))
        ;; What `eglot-ensure' does after the next command, now (batch mode runs no commands).
        (apply #'eglot (eglot--guess-contact))
        (recoupe-e2e-must "eglot manages the draft"
                          (recoupe-e2e-wait (lambda () (eglot-current-server)) timeout))
        (recoupe-e2e-check "flymake is on" flymake-mode)
        (let* ((contradiction
                (lambda ()
                  (cl-find-if (lambda (d)
                                (and (eq (flymake-diagnostic-type d) 'eglot-error)
                                     (string-match-p "\\[contradicted\\]" (flymake-diagnostic-text d))
                                     (= (line-number-at-pos (flymake-diagnostic-beg d)) expected-line)))
                              (flymake-diagnostics))))
               (found (recoupe-e2e-wait contradiction timeout)))
          (recoupe-e2e-must (format "a contradicted error appears on line %d" expected-line)
                            found
                            (format "%S" (mapcar (lambda (d)
                                                   (format "line %d: %s"
                                                           (line-number-at-pos (flymake-diagnostic-beg d))
                                                           (flymake-diagnostic-text d)))
                                                 (flymake-diagnostics))))
          (let ((text (buffer-substring-no-properties (flymake-diagnostic-beg found)
                                                      (flymake-diagnostic-end found))))
            (recoupe-e2e-check "it covers the figure 4 200" (string= text "4 200") text)
            (recoupe-e2e-check "it cites the source" (string-match-p "2 400" (flymake-diagnostic-text found))
                               (flymake-diagnostic-text found))))
        (recoupe-e2e-check "the draft is left unmodified" (not (buffer-modified-p)))
        (recoupe-e2e-finish))
    (error
     (recoupe-e2e-check "no error" nil (error-message-string err))
     (recoupe-e2e-finish))))

;;; e2e.el ends here
