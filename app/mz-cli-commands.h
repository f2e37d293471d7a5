/* mz-cli-commands.h — commands of mobilize-cli that live in their own files
 *
 * Each takes the --db path (NULL: the default database) and the command's
 * own arguments (argv[0] is the command name), and returns the exit
 * status: 0 on success, 1 on failure, 2 on bad usage.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int mz_cli_command_generate (const char  *db_path,
                             int          argc,
                             char       **argv);

/* import KIND FILE: KIND is rates (partners and contacts to come). */
int mz_cli_command_import   (const char  *db_path,
                             int          argc,
                             char       **argv);

/* export report --out FILE.xlsx [--from YEAR] [--to YEAR] [--unit CODE]
 * [--initiative ID] [--lang LL] [--personal-data] */
int mz_cli_command_export   (const char  *db_path,
                             int          argc,
                             char       **argv);

G_END_DECLS
