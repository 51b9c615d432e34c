import { openDatabase } from '../db/connection.ts';
import { seedDemo } from '../demo/seed.ts';
import { seedDemoReturns } from '../returns/demoReturns.ts';
import { requireDb, type Command } from './command.ts';

export const demoCommand: Command = {
  name: 'demo',
  usage: [
    'thuky demo --db FILE                  tạo (hoặc làm mới) dữ liệu mẫu: Cụm thi đua 7 tỉnh, hội nghị sơ kết 2024',
  ],
  async run(args) {
    const file = requireDb(args);
    const db = openDatabase(file);
    try {
      const summary = seedDemo(db);
      await seedDemoReturns(db, summary.conferenceId);
      console.log(
        `Đã tạo dữ liệu mẫu trong ${file}: cụm #${summary.clusterId} với ${summary.members} thành viên, hội nghị #${summary.conferenceId}.`,
      );
      return 0;
    } finally {
      db.close();
    }
  },
};
